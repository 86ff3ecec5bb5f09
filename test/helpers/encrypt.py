"""Saves a workbook as an .ods protected by a password through LibreOffice (UNO), as an office
does with "Save with password": a real encrypted OpenDocument spreadsheet.
Usage: /usr/bin/python3 encrypt.py <in.xlsx> <out.ods> <password> <port>"""
import subprocess, sys, time, uno, os, tempfile
from com.sun.star.beans import PropertyValue

def prop(name, value):
    p = PropertyValue(); p.Name = name; p.Value = value; return p

source, target, password, port = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
profile = tempfile.mkdtemp(prefix='ntm-plan-lo-uno-')
office = subprocess.Popen(['soffice', f'-env:UserInstallation=file://{profile}', '--headless', '--norestore', '--nologo',
                           f'--accept=socket,host=127.0.0.1,port={port};urp;'], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
try:
    resolver = uno.getComponentContext().ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', uno.getComponentContext())
    for _ in range(120):
        try:
            context = resolver.resolve(f'uno:socket,host=127.0.0.1,port={port};urp;StarOffice.ComponentContext'); break
        except Exception:
            time.sleep(0.5)
    else:
        sys.exit('LibreOffice did not answer')
    desktop = context.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', context)
    document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(source)), '_blank', 0, (prop('Hidden', True),))
    document.storeToURL(uno.systemPathToFileUrl(os.path.abspath(target)), (prop('FilterName', 'calc8'), prop('Password', password)))
    # Said once the file is whole: the UNO bridge can crash while the office shuts down (seen under load).
    print('saved', flush=True)
    document.close(True)
    try:
        desktop.terminate()
    except Exception:
        pass
finally:
    office.wait(timeout=60) if office.poll() is None and not office.kill() else None
# Leave without the interpreter's teardown of the UNO bridge, which can end in SIGSEGV.
os._exit(0)

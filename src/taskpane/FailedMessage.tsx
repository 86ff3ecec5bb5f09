import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

/** What went wrong, in the pane's own words and the error's. */
export function FailedMessage({ title, message }: { title: string; message: string }) {
  return (
    <MessageBar intent="error">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {message}
      </MessageBarBody>
    </MessageBar>
  );
}

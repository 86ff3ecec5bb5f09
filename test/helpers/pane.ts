import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

/** Opens a panel behind the "Thêm" tab (Tạo biểu mẫu, Tổng hợp, Kiểm tra văn bản). */
export async function openMore(user: UserEvent, name: string): Promise<void> {
  await user.click(screen.getByRole('tab', { name: /^Các việc khác|^Thêm/ }));
  await user.click(await screen.findByRole('menuitemradio', { name }));
}

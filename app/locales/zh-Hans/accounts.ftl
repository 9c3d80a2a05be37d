## 账户：注册与登录、账户页面、重置密码、确认和更改电子邮件地址、删除账户、演示收件箱、角色，以及由此发送的邮件。

accounts-sign-in = 登录
accounts-sign-out = 退出登录
accounts-sign-out-everywhere = 退出所有会话
accounts-sign-up-title = 创建账户
accounts-sign-up-lead = 成员可以报名参加培训、加入所属组织，并参与网络的各项活动。
accounts-check-email = 请查收电子邮件
accounts-sign-up-sent = 我们已向 { $email } 发送了一个链接。请打开该链接确认您的地址，然后登录。
accounts-your-name = 您的姓名
accounts-name = 姓名
accounts-email = 电子邮件
accounts-password = 密码
accounts-password-hint = 至少 { $min } 个字符。
accounts-create-account = 创建账户
accounts-already-member = 已经是成员？
accounts-new-here = 第一次来？
accounts-forgot-link = 忘记密码？
accounts-your-account = 您的账户
accounts-loading = 正在加载您的账户…
accounts-not-signed-in = 您尚未登录。
accounts-roles = 角色
accounts-organizations-you-manage = 您管理的组织
accounts-edit-profile = 编辑简介
accounts-administration = 管理
accounts-change-password-title = 更改密码
accounts-change-password-lead = 密码更改后，您的其他会话将结束。
accounts-password-changed = 您的密码已更改。
accounts-current-password = 当前密码
accounts-new-password = 新密码
accounts-change-password-button = 更改密码
accounts-save-name = 保存姓名
accounts-delete-title = 删除您的账户
accounts-delete-text = 您的姓名、电子邮件地址和密码将被删除，您也将退出所属组织。您撰写的内容将以“Former member”（前成员）的名义保留在平台上。此操作无法撤销。
accounts-your-password = 您的密码
accounts-delete-button = 删除我的账户

## 校验与拒绝
accounts-email-too-long = 电子邮件地址最多 { $max } 个字符。
accounts-password-too-short = 密码至少需要 { $min } 个字符；一个简短的句子容易记住。
accounts-password-too-long = 最多使用 { $max } 个字符。
accounts-email-required = 请输入您的电子邮件地址。
accounts-email-invalid = 这看起来不像电子邮件地址（例如：name@utility.org）。
accounts-name-required = 请输入您的姓名。
accounts-name-too-long = 姓名请少于 { $max } 个字符。
accounts-sign-in-failed = 该电子邮件和密码与任何账户都不匹配。
accounts-deactivated = 此账户已停用。请联系秘书处。
accounts-not-current-password = 这不是您当前的密码。
accounts-not-your-password = 这不是您的密码。
accounts-cannot-deactivate-self = 您不能停用自己的账户；请联系其他管理员。
accounts-no-such-account = 此账户不存在。
accounts-deleted-cannot-reactivate = 此账户已被其所有者删除，无法重新启用。
accounts-confirm-link-invalid = 此确认链接已过期或已被使用。请登录后在账户页面申请新链接。
accounts-address-taken = 此电子邮件地址现已被另一个账户使用，因此您的地址保持不变。
accounts-already-confirmed = 您的电子邮件地址已确认。
accounts-same-email = 这已经是您的电子邮件地址。
accounts-reset-link-invalid = 此重置链接已过期或已被使用。请申请新链接。

## 确认和更改电子邮件地址
accounts-confirm-title = 确认您的电子邮件地址
accounts-confirmed = 您的电子邮件地址已确认。
accounts-confirm-press = 请按下按钮确认您的电子邮件地址。
accounts-confirm-button = 确认我的电子邮件地址
accounts-not-confirmed-yet = 您的电子邮件地址尚未确认
accounts-not-confirmed-text = 我们已向 { $email } 发送了一个链接。在您打开该链接之前，您的账户无法参与任何活动：不能报名、不能查看成员内容、没有任何角色。
accounts-link-resent = 新链接正在发送至 { $email }。之前的链接已失效。
accounts-resend-button = 重新发送链接
accounts-change-email-title = 更改电子邮件地址
accounts-change-email-lead = 我们会向新地址发送一个链接；您打开该链接后，新地址将取代旧地址。
accounts-change-email-sent = 我们已向 { $email } 发送了一个链接。请打开该链接确认您的新地址。
accounts-new-email = 新电子邮件地址
accounts-change-email-button = 更改电子邮件地址

## 重置密码
accounts-forgot-title = 重置密码
accounts-forgot-lead = 请输入您账户的电子邮件，我们会发送一个用于设置新密码的链接。
accounts-forgot-send = 发送链接
accounts-back-to-sign-in = 返回登录
accounts-forgot-sent = 如果有账户使用此电子邮件，重置密码的链接正在发送中。链接一小时内有效。
accounts-reset-title = 设置新密码
accounts-reset-save = 保存新密码
accounts-reset-new-link = 申请新链接
accounts-reset-done = 您的密码已更改，您账户的所有会话均已结束。

## 演示收件箱
accounts-inbox-title = 您的邮件
accounts-inbox-lead = 本网站没有邮件服务器，因此本应发送到您邮箱的邮件保存在这里，仅您本人可见。
accounts-inbox-empty = 暂无邮件。
accounts-inbox-when = { $date } { $time }（UTC）

## 角色
accounts-role-secretariat-admin = 秘书处管理员
accounts-role-facilitator = 协调人
accounts-role-trainer = 培训师
accounts-role-juror = 评审员
accounts-role-member = 成员

## 审计记录
accounts-audit-role-granted = 授予角色
accounts-audit-role-revoked = 撤销角色
accounts-audit-membership-approved = 批准成员资格
accounts-audit-membership-refused = 拒绝成员资格
accounts-audit-membership-ended = 终止成员资格
accounts-audit-network-membership-changed = 更改网络成员资格
accounts-audit-account-deactivated = 停用账户
accounts-audit-account-reactivated = 重新启用账户
accounts-audit-account-deleted = 删除账户
accounts-audit-organizations-merged = 合并组织
accounts-audit-joined-network = 成为网络成员
accounts-audit-left-network = 不再是网络成员
accounts-audit-removed-by-secretariat = 由秘书处移出

## 邮件
accounts-mail-welcome-subject = 确认您在 WaterLinks Hub 的电子邮件地址
accounts-mail-welcome-text = 感谢您在 WaterLinks Hub 创建账户。请确认此地址属于您：地址确认后，您的账户即可开始使用。
accounts-mail-welcome-lifetime = 该链接在 { $hours } 小时内有效，且只能使用一次。如果您没有创建账户，请忽略此邮件：不打开链接就不会发生任何事情。
accounts-mail-change-subject = 确认您在 WaterLinks Hub 的新电子邮件地址
accounts-mail-change-text = 您申请将此地址用于您的 WaterLinks Hub 账户。确认后，它将取代旧地址。
accounts-mail-change-button = 确认我的新电子邮件地址
accounts-mail-change-lifetime = 该链接在 { $hours } 小时内有效，且只能使用一次。如果您没有提出此申请，请忽略此邮件：账户将保留原地址。
accounts-mail-notice-subject = 您的 WaterLinks Hub 电子邮件地址即将更改
accounts-mail-notice-text = 有人登录了您的 WaterLinks Hub 账户，并申请用 { $email } 取代此地址。只有打开发送到该地址的链接后，更改才会生效。
accounts-mail-notice-button = 查看您的账户
accounts-mail-notice-warning = 如果这不是您本人的操作，请立即更改密码并联系秘书处。
accounts-mail-already-subject = 您已经拥有 WaterLinks Hub 账户
accounts-mail-already-text = 有人（希望是您本人）试图用此电子邮件地址创建 WaterLinks Hub 账户，但该地址已有账户。没有创建新账户。
accounts-mail-already-forgot = 忘记密码？请在此设置新密码：{ $link }
accounts-mail-reset-subject = 重置您的 WaterLinks Hub 密码
accounts-mail-reset-text = 有人（希望是您本人）申请重置您 WaterLinks Hub 账户的密码。
accounts-mail-reset-button = 请在 { $minutes } 分钟内设置新密码
accounts-mail-reset-ignore = 如果您没有提出此申请，请忽略此邮件：您的密码保持不变。
accounts-mail-unknown-text = 有人（希望是您本人）申请重置使用此电子邮件地址的 WaterLinks Hub 账户的密码，但没有账户使用该地址。
accounts-mail-unknown-other = 如果您用其他地址注册了账户，请在那个地址申请链接。如果您没有提出此申请，请忽略此邮件。

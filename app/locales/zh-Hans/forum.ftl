## 年度论坛：报名、候补名单、参会证、签到、日程、秘书处页面以及发给报名者的电子邮件。

forum-page-title = 年度论坛
forum-loading = 正在加载…
forum-no-edition = 目前还没有开放的论坛届次。
forum-dates-span = { $first }至{ $last }
forum-dates-venue = { $dates }，{ $venue }
forum-awards-link = 论坛奖项：提名、现场观众投票和获奖者
forum-offline-banner = 您目前处于离线状态。之前打开过的页面仍可使用；需要网络的操作将等网络恢复后再进行。

forum-window-not-open = 报名将于{ $date }开始。
forum-window-closed = 报名已于{ $date }截止。
forum-window-open = { $count ->
   *[other] 报名开放至{ $date }：还剩 { $count } 个名额。
}
forum-window-full = 报名开放至{ $date }，但论坛名额已满：您可以加入候补名单。

forum-agenda = 日程
forum-agenda-times = 时间均为 { $zone } 时区。
forum-agenda-sign-in = 登录后可将分会场加星，加入您自己的日程。
forum-my-agenda = 我的日程
forum-my-agenda-empty = 为下方的分会场加星，即可建立您的日程。
forum-my-agenda-item = { $when } · { $title }（{ $room }）
forum-session-when = { $day } { $starts }–{ $ends }
forum-star = ☆ 加入我的日程
forum-starred = ★ 已在我的日程中

forum-register = 报名
forum-registering = 正在报名…
forum-thank-you = 谢谢
forum-open-my-badge = 打开我的参会证
forum-field-name = 姓名（与参会证一致）
forum-field-email = 电子邮件
forum-field-organization = 所在机构
forum-field-attendee-type = 参会身份
forum-choose = 请选择…
forum-yes = 是
forum-no = 否
forum-question-optional = { $question }（选填）
forum-resend = 重新发送确认邮件
forum-resend-sent = 已发送。请查看您的收件箱（以及垃圾邮件文件夹）。

forum-attendee-utility = 供水企业
forum-attendee-development-partner = 发展伙伴
forum-attendee-knowledge-partner = 知识伙伴
forum-attendee-media = 媒体
forum-attendee-secretariat = 秘书处

forum-status-unconfirmed = 邮箱未确认
forum-status-pending = 等待审批
forum-status-registered = 已报名
forum-status-waitlisted = 候补名单中
forum-status-rejected = 未获通过
forum-status-cancelled = 已取消

forum-name-required = 请输入您的姓名，将按此印在参会证上。
forum-name-too-long = 姓名请勿超过 { $max } 个字符。
forum-email-required = 请输入您的电子邮件地址：确认邮件将发送到该地址。
forum-email-invalid = 这看起来不是有效的电子邮件地址（例如：name@utility.org）。
forum-organization-required = 请输入您的所在机构。
forum-organization-too-long = 机构名称请勿超过 { $max } 个字符。
forum-attendee-type-required = 请选择您的参会身份。
forum-answer-required = 请回答“{ $question }”。
forum-answer-too-long = 此回答请勿超过 { $max } 个字符。
forum-answer-choose = 请从以下选项中选择一项：{ $options }。

forum-register-not-open = { $edition }的报名将于{ $date }开始。
forum-register-closed = { $edition }的报名已于{ $date }截止。
forum-declined-before = 使用此邮箱报名{ $edition }的申请未获通过。请联系秘书处。
forum-duplicate = 此邮箱已报名{ $edition }。如果没有收到确认邮件，我们可以重新发送。
forum-link-invalid = 此确认链接已被使用，或已被更新的链接取代。如果您已报名，请查看最新邮件中的参会证链接，或申请重新发送确认邮件。
forum-unknown-personal-code = 此个人代码无效。请使用您最新一封报名邮件中的链接或代码（新邮件会取代旧代码）。

forum-registered-unconfirmed = 即将完成：我们已向 { $email } 发送确认链接。打开该链接后，您对{ $edition }的报名才生效。
forum-registered-pending = 您的报名已确认，正在等待秘书处审批；我们会通过电子邮件通知您结果。
forum-registered-registered = 您已成功报名{ $edition }。您的参会证已准备就绪。
forum-registered-waitlisted = { $edition }名额已满，您已进入候补名单。一旦有空出的名额，我们会立即发邮件通知您。

forum-personal-code = 您的个人代码
forum-personal-code-text = 请妥善保管，切勿告诉他人：凭此代码可参与论坛奖项投票和取消报名，它不会印在参会证上。我们也已通过电子邮件发送给您。
forum-my-voting-link = 我的投票链接

forum-confirm-title = 确认您的论坛报名
forum-confirm-heading = 确认您的报名
forum-email-confirmed = 邮箱已确认
forum-confirm-text = 请点击按钮，确认您的电子邮件地址并完成报名。
forum-confirm-button = 确认我的报名

forum-badge-title = 论坛参会证
forum-badge-event = { $edition } · { $dates }
forum-badge-code = 代码 { $code }
forum-badge-qr-label = 参会证二维码
forum-badge-not-admitted = 状态：{ $status }。只有已报名的参会者才能签到。
forum-badge-not-valid-yet = 状态：{ $status }。暂不能用于签到。
forum-badge-pdf-title = 参会证：{ $name } - { $edition }
forum-badge-print = 打印参会证
forum-badge-download-pdf = 下载参会证（PDF）
forum-badge-pdf-none = 没有与此代码对应的参会证。
forum-badge-personal-links = 如需参与论坛奖项投票或取消报名，请使用报名邮件中的个人链接：这些链接不在参会证上。
forum-no-badge = 没有参会证
forum-no-badge-text = 目前还没有使用此代码的参会证。如果您是以访客身份报名的，请先通过我们发送的链接确认您的邮箱。
forum-badge-cancelled = 此报名已取消，参会证已失效。如果您最终仍能参会，请在论坛页面重新报名。
forum-badge-declined = 此报名未获通过，因此没有参会证。请联系秘书处。

forum-cancel-title = 取消您的论坛报名
forum-cancel-heading = 取消您的报名
forum-cancel-whose = { $name }：您对{ $edition }的报名。
forum-cancel-text = 取消后，您的名额将让给候补名单中的下一位。您已投出的奖项选票将不再计入。
forum-cancel-button = 取消我的报名
forum-cancelled = 您的报名已取消
forum-cancelled-text = 您的名额已让给候补名单中的下一位，您已投出的奖项选票不再计入。报名开放期间，欢迎您重新报名。
forum-cancel-already-ended = 此报名已取消或未获通过。

forum-checkin-title = 论坛签到
forum-checkin-heading = 签到
forum-checkin-count = 已签到 { $checked_in } 人，共 { $registered } 人报名
forum-checkin-code = 参会证代码
forum-checkin-code-hint = 输入二维码下方印的代码，或用摄像头或能自动输入的扫描枪扫描。
forum-checkin-button = 签到
forum-checkin-done = 已签到：{ $name }（{ $organization }）
forum-checkin-already = 已于 { $time }（{ $zone }）签到：{ $name }（{ $organization }）。
forum-checkin-twice = 签到了两次：{ $earlier } 和 { $later }（{ $zone }）；保留较早的时间：{ $name }（{ $organization }）。
forum-checkin-not-admitted = { $name }（{ $organization }）无法签到：{ $status }。
forum-checkin-changed = { $name }（{ $organization }）现在无法签到：报名状态刚刚发生了变化。
forum-unknown-code = 没有使用此代码的报名。
forum-bad-seen-at = 签到台发送的签到时间不可信（早于三天前，或晚于服务器时间）。请检查签到台设备的时钟，然后重新为该参会证签到。
forum-queue-title = 等待同步
forum-queue-text = 以下签到是在没有网络时完成的。网络恢复后，它们会连同签到时间一起发送。
forum-desk-empty-code = 请输入或扫描参会证代码。
forum-desk-queued = 没有网络：{ $code } 正在等待同步（扫描时间 { $time }）。
forum-desk-waiting = { $code } 扫描于 { $time }：等待同步
forum-desk-synced = 已同步：{ $name }（{ $organization }），签到时间 { $time }
forum-desk-sync-problem = 已同步，但有问题：{ $problem }
forum-scan-start = 用摄像头扫描参会证
forum-scan-stop = 关闭摄像头
forum-scan-preview = 摄像头预览：请将参会证二维码对准镜头
forum-scan-looking = 正在寻找二维码…
forum-scan-none = 未读取到二维码。请重试，或手动输入代码。
forum-scan-no-camera = 无法使用摄像头（权限被拒绝或没有摄像头）。请改为手动输入代码。

forum-admin-title = 论坛报名者
forum-admin-desk-link = 签到台
forum-filter-all = 全部
forum-filter = 筛选
forum-export-csv = 导出 CSV
forum-export-xlsx = 导出 XLSX
forum-registrant-count = { $count ->
   *[other] { $count } 位报名者
}
forum-column-name = 姓名
forum-column-email = 电子邮件
forum-column-organization = 机构
forum-column-attendee-type = 参会身份
forum-column-type = 身份
forum-column-status = 状态
forum-column-registered-on = 报名日期
forum-column-checked-in = 签到时间
forum-column-badge-code = 参会证代码
forum-column-answers = 回答
forum-column-id = 编号
forum-column-actions = 操作
forum-sheet-name = 报名者
forum-checked-in-at = { $day } { $time }
forum-answer-line = { $question }：{ $answer }
forum-removed-question = （已删除的问题）
forum-admin-badge-link = 参会证（查看或重新打印）
forum-approve = 批准
forum-reject = 拒绝
forum-unknown-status = 未知状态。
forum-unknown-attendee-type = 未知参会身份。
forum-unknown-decision = 请选择批准、拒绝或取消。
forum-no-such-registration = 没有这条报名记录。
forum-approve-not-pending = 只有等待审批的报名才能批准；这条报名的状态是：{ $status }。
forum-decision-already = 这条报名的状态已经是：{ $status }。

forum-question-add-title = 添加报名问题
forum-question-prompt = 问题
forum-question-kind = 类型
forum-question-kind-text = 文本
forum-question-kind-choice = 单选
forum-question-kind-yes-no = 是 / 否
forum-question-choices = 选项（单选题；每行一个）
forum-question-required = 必答
forum-question-shown-if = 仅当第几个问题…（选填）
forum-question-shown-if-answer = …的回答是（选填）
forum-question-add = 添加问题
forum-added = 已添加。
forum-question-prompt-invalid = 请填写问题（最多 300 个字符）。
forum-question-kind-invalid = 请选择文本、单选或是/否。
forum-question-choices-too-few = 单选题至少需要两个选项，每行一个。
forum-question-parent-unknown = 请选择本表单中的一个问题。
forum-question-parent-answer-unknown = 请选择该问题的一个答案：{ $options }。
forum-question-parent-answer-missing = 哪个答案会显示此问题？

forum-edition-heading = 届次
forum-edition-intro = 以新的年份保存，将创建该年的届次，随后由该届次接受报名。
forum-edition-year = 年份
forum-edition-capacity = 名额
forum-edition-title = 名称
forum-edition-venue = 地点
forum-edition-venue-hint = 场馆和城市。
forum-edition-time-zone = 会议地点时区
forum-edition-first-day = 第一天
forum-edition-last-day = 最后一天
forum-edition-opens = 报名开始
forum-edition-closes = 报名截止
forum-edition-closes-hint = 按会议地点时间，在当天结束时截止。
forum-edition-needs-approval = 秘书处逐一审批报名
forum-edition-save = 保存届次
forum-saved = 已保存。
forum-edition-day-invalid = 请按 YYYY-MM-DD 格式输入日期，年份在 2000 至 2100 之间。
forum-edition-year-invalid = 请输入论坛的年份，例如 2027。
forum-edition-title-required = 请输入届次名称。
forum-edition-title-too-long = 请将届次名称缩短至 { $max } 个字符以内。
forum-edition-venue-required = 请输入场馆和城市。
forum-edition-venue-too-long = 请将场馆和城市缩短至 { $max } 个字符以内。
forum-edition-time-zone-invalid = 请从列表中选择会议地点的时区。
forum-edition-ends-before-start = 论坛的结束日期不能早于第一天。
forum-edition-too-long = 一届论坛最长两周；请检查日期。
forum-edition-start-outside-year = 第一天必须在该届次的年份之内。
forum-edition-capacity-invalid = 请输入会场可容纳的人数，从 1 到 { $max }。
forum-edition-closes-before-opening = 报名截止时间必须晚于开始时间。
forum-edition-closes-after-end = 报名最迟须在论坛最后一天截止。
forum-edition-day-missing-at-venue = 按会议地点时间，这一天不存在。
forum-edition-capacity-below-registered = { $count ->
   *[other] 已有 { $count } 人报名：名额不能低于此数。请先取消部分报名。
}

forum-session-add-title = 添加日程分会场
forum-session-title = 名称
forum-session-day = 日期
forum-session-starts = 开始（会议地点时间）
forum-session-ends = 结束（会议地点时间）
forum-session-room = 会议室
forum-session-speakers = 发言人
forum-session-topic = 主题
forum-session-add = 添加分会场
forum-session-added = 已加入日程。
forum-no-such-session = 没有这个分会场。
forum-session-title-required = 请输入分会场名称。
forum-session-day-outside = 请选择论坛期间的一天，从{ $first }到{ $last }。
forum-session-room-required = 请输入会议室。
forum-session-room-too-long = 请将会议室名称缩短至 { $max } 个字符以内。
forum-session-speakers-too-long = 请将发言人缩短至 { $max } 个字符以内。
forum-session-topic-too-long = 请将主题缩短至 { $max } 个字符以内。

## 发给报名者的电子邮件，使用其报名时的语言。

forum-subject-unconfirmed = 请确认您对{ $edition }的报名
forum-subject-pending = 您对{ $edition }的报名正在等待审批
forum-subject-registered = 您已成功报名{ $edition }
forum-subject-waitlisted = 候补名单：{ $edition }
forum-subject-rejected = 您对{ $edition }的报名
forum-subject-cancelled = 报名已取消：{ $edition }
forum-mail-confirm-text = 感谢您报名{ $edition }。请确认您的电子邮件地址：
forum-mail-confirm-action = 确认我的报名
forum-mail-confirm-note = 报名经确认后才生效。如果您没有报名，请忽略此邮件。
forum-mail-pending-text = 您的邮箱已确认。秘书处会审核本届的每一份报名，并通过电子邮件通知您结果。
forum-mail-your-registration = 您的报名
forum-mail-registered-text = 您在{ $edition }（{ $dates }，{ $venue }）的名额已确认。您的参会证（附有入场时扫描的二维码）见下方及其专属页面（在手机上打开一次后即可一直显示，离线也可以）。附件中有论坛日期，可添加到您的日历。
forum-mail-open-badge = 打开您的参会证
forum-mail-waitlisted-text = { $edition }名额已满，您已进入候补名单。一旦有名额空出，将按顺序让给下一位候补者，我们会立即发邮件通知您。
forum-mail-rejected-text = 很抱歉：秘书处未能接受您对本届论坛的报名。如有疑问，请回复此邮件联系秘书处。
forum-mail-the-forum = 论坛
forum-mail-cancelled-text = 您的报名已取消。报名开放期间，欢迎您重新报名。
forum-mail-register-again = 重新报名
forum-mail-personal-code = 您的个人代码是 { $code }。请妥善保管，切勿告诉他人：与参会证不同，凭此代码才能投票和取消报名。新邮件会取代此代码。
forum-mail-vote-link = 参与论坛奖项投票（签到后）：{ $link }
forum-mail-cancel-link = 取消您的报名：{ $link }
forum-mail-qr-alt = 您的{ $edition }参会证二维码
forum-ics-description = 日程和报名：{ $link }

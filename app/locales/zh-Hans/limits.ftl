## 操作过于频繁时的拒绝提示。$wait 为 limits-wait-* 中的一项。
limits-wait-seconds = { $count ->
   *[other] { $count } 秒
}
limits-wait-minutes = { $count ->
   *[other] { $count } 分钟
}
limits-wait-hours = { $count ->
   *[other] { $count } 小时
}
limits-attempts = 您的网络尝试次数过多。请等待 { $wait } 后再试。
limits-failed-sign-ins = 此账户登录失败次数过多。请在 { $wait } 后再试，或重置密码以立即登录。
limits-reset-requests = 此邮箱的重置链接已发送多次。请查看收件箱（以及垃圾邮件文件夹），或在 { $wait } 后再次申请。
limits-registrations-address = 来自此网络的报名过多。请在 { $wait } 后再试。
limits-registrations-email = 此邮箱的报名过多。请在 { $wait } 后再试。
limits-resends-address = 此网络申请的确认链接过多。请在 { $wait } 后再试。
limits-resends-email = 该链接已多次发送到此邮箱。请查看收件箱（以及垃圾邮件文件夹），或在 { $wait } 后再次申请。
limits-contact-messages = 来自此网络的消息过多。请在 { $wait } 后再试，或通过电子邮件联系秘书处。
limits-votes-attendee = 您投票太快了。请等几秒钟再点一次；您最后一次被计入的投票仍然有效。
limits-votes-address = 此网络目前的投票过多。请等待 { $wait } 后再点一次；您最后一次被计入的投票仍然有效。

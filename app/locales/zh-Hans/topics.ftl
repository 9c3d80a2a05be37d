## 主题分类：供排水企业可担任导师方和需要帮助的领域。主题名称本身是秘书处撰写的内容。

topics-name-missing = 请输入主题名称。
topics-name-too-long = 主题名称不能超过 { $max } 个字符。
topics-not-found = 该主题不存在。
topics-name-taken = 已有同名主题。

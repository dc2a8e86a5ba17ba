<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>main</name>
    <message>
        <source>Safelink agent desk</source>
        <translation>Safelink 坐席端</translation>
    </message>
    <message>
        <source>User interface language (zh_CN, en).</source>
        <translation>界面语言（zh_CN、en）。</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; and quit.</source>
        <translation>将窗口截图保存到 &lt;file&gt; 后退出。</translation>
    </message>
    <message>
        <source>The hub&apos;s address, HOST:PORT (remembered).</source>
        <translation>中心服务器地址，格式为 主机:端口（会记住）。</translation>
    </message>
    <message>
        <source>Sign in with this login (remembered).</source>
        <translation>使用此登录名登录（会记住）。</translation>
    </message>
    <message>
        <source>Read the password from this file.</source>
        <translation>从此文件读取密码。</translation>
    </message>
    <message>
        <source>This seat&apos;s name (remembered).</source>
        <translation>本坐席名称（会记住）。</translation>
    </message>
    <message>
        <source>The local replica database (default in the user&apos;s data folder).</source>
        <translation>本地副本数据库（默认位于用户数据目录）。</translation>
    </message>
    <message>
        <source>Safelink</source>
        <translation>Safelink</translation>
    </message>
    <message>
        <source>The center&apos;s SIP proxy, sip:HOST:PORT (remembered).</source>
        <translation>中心的 SIP 交换机地址，形如 sip:主机:端口（会记住）。</translation>
    </message>
    <message>
        <source>This seat&apos;s extension (remembered).</source>
        <translation>本坐席的分机号（会记住）。</translation>
    </message>
    <message>
        <source>Read the extension&apos;s password from this file (remembered).</source>
        <translation>从此文件读取分机密码（会记住文件位置）。</translation>
    </message>
    <message>
        <source>Not connected to a hub: there are no calls to show.</source>
        <translation>未连接中心服务器：没有可显示的通话。</translation>
    </message>
    <message>
        <source>The center&apos;s telephone area code, e.g. 20 (remembered).</source>
        <translation>本中心的电话区号，例如 20（会记住）。</translation>
    </message>
    <message>
        <source>Print when the window is shown and when the seat is ready (signed in and up to date), in ms; quit when ready.</source>
        <translation>输出窗口显示和坐席就绪（已登录且数据最新）的时间（毫秒），就绪后退出。</translation>
    </message>
    <message>
        <source>This seat now trusts the center key %1</source>
        <translation>本坐席已信任中心服务器密钥 %1</translation>
    </message>
</context>
<context>
    <name>safelink::core::Alarm</name>
    <message>
        <source>The alarm is closed already.</source>
        <translation>该报警已结束。</translation>
    </message>
    <message>
        <source>%1 has this alarm already.</source>
        <translation>%1 已接手该报警。</translation>
    </message>
    <message>
        <source>Who takes the alarm is missing.</source>
        <translation>缺少接警人。</translation>
    </message>
    <message>
        <source>Say why the alarm waits.</source>
        <translation>请说明挂起原因。</translation>
    </message>
    <message>
        <source>A held alarm gets a lower priority (P%1 to P%2).</source>
        <translation>挂起的报警应降为较低优先级（P%1 至 P%2）。</translation>
    </message>
    <message>
        <source>Say what was done.</source>
        <translation>请填写处置结果。</translation>
    </message>
    <message>
        <source>A priority from P1 to P5.</source>
        <translation>优先级为 P1 至 P5。</translation>
    </message>
    <message>
        <source>A battery level from 0 to 100%.</source>
        <translation>电量应为 0 至 100%。</translation>
    </message>
</context>
<context>
    <name>safelink::core::BlockedNumber</name>
    <message>
        <source>Say why the number is blocked.</source>
        <translation>请说明屏蔽原因。</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>最多 %1 个字符。</translation>
    </message>
</context>
<context>
    <name>safelink::core::CallRecord</name>
    <message>
        <source>The call&apos;s times are out of order (start, answer, end).</source>
        <translation>通话时间顺序有误（开始、接听、结束）。</translation>
    </message>
    <message>
        <source>An answered call needs the time it was answered.</source>
        <translation>已接听的通话必须有接听时间。</translation>
    </message>
</context>
<context>
    <name>safelink::core::CaseRecord</name>
    <message>
        <source>Priority is from 1 (life at risk) to 5 (information).</source>
        <translation>优先级为 1（危及生命）至 5（信息类）。</translation>
    </message>
    <message>
        <source>Choose an outcome before closing the case.</source>
        <translation>结案前请选择处理结果。</translation>
    </message>
    <message>
        <source>A closed case needs the time it was closed.</source>
        <translation>已结案的个案必须有结案时间。</translation>
    </message>
    <message>
        <source>The case cannot be closed before it was opened.</source>
        <translation>结案时间不能早于立案时间。</translation>
    </message>
    <message>
        <source>Each step needs its time.</source>
        <translation>每个处置步骤都必须有时间。</translation>
    </message>
</context>
<context>
    <name>safelink::core::Device</name>
    <message>
        <source>An IMEI has 15 digits and a valid check digit.</source>
        <translation>IMEI 为 15 位数字且校验位正确。</translation>
    </message>
    <message>
        <source>A SIM card number (ICCID) has 19 or 20 digits and starts with 89.</source>
        <translation>SIM 卡号（ICCID）为以 89 开头的 19 或 20 位数字。</translation>
    </message>
    <message>
        <source>A wearable needs its IMEI.</source>
        <translation>穿戴式设备必须填写 IMEI。</translation>
    </message>
    <message>
        <source>An installed device must belong to a household.</source>
        <translation>已安装的设备必须归属某一住户。</translation>
    </message>
    <message>
        <source>Battery level is a percentage from 0 to 100.</source>
        <translation>电量为 0 至 100 的百分比。</translation>
    </message>
    <message>
        <source>Each remote needs its serial number.</source>
        <translation>每个遥控器都必须有序列号。</translation>
    </message>
</context>
<context>
    <name>safelink::core::Labels</name>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Dispersed extreme poverty support</source>
        <translation>分散特困供养</translation>
    </message>
    <message>
        <source>Minimum living allowance</source>
        <translation>低保</translation>
    </message>
    <message>
        <source>Marginal minimum living allowance</source>
        <translation>低保边缘</translation>
    </message>
    <message>
        <source>Living alone</source>
        <translation>独居</translation>
    </message>
    <message>
        <source>Elderly-only household</source>
        <translation>纯老家庭</translation>
    </message>
    <message>
        <source>Severe disability</source>
        <translation>重度残疾</translation>
    </message>
    <message>
        <source>Loss of self-care ability</source>
        <translation>失能</translation>
    </message>
    <message>
        <source>Lost only child</source>
        <translation>失独</translation>
    </message>
    <message>
        <source>Orphan</source>
        <translation>孤儿</translation>
    </message>
    <message>
        <source>De facto unattended child</source>
        <translation>事实无人抚养儿童</translation>
    </message>
    <message>
        <source>Child infected with HIV</source>
        <translation>艾滋病病毒感染儿童</translation>
    </message>
    <message>
        <source>Left-behind elderly (rural)</source>
        <translation>农村留守老人</translation>
    </message>
    <message>
        <source>Self-paying</source>
        <translation>自费</translation>
    </message>
    <message>
        <source>Self-reliant</source>
        <translation>自理</translation>
    </message>
    <message>
        <source>Mildly disabled</source>
        <translation>轻度失能</translation>
    </message>
    <message>
        <source>Moderately disabled</source>
        <translation>中度失能</translation>
    </message>
    <message>
        <source>Severely disabled</source>
        <translation>重度失能</translation>
    </message>
    <message>
        <source>Not funded</source>
        <translation>非资助</translation>
    </message>
    <message>
        <source>First sequence</source>
        <translation>第一序列</translation>
    </message>
    <message>
        <source>Second sequence</source>
        <translation>第二序列</translation>
    </message>
    <message>
        <source>Third sequence</source>
        <translation>第三序列</translation>
    </message>
    <message>
        <source>Routine visits (quarterly)</source>
        <translation>普通巡访（每季度）</translation>
    </message>
    <message>
        <source>Key visits (monthly)</source>
        <translation>重点探访（每月）</translation>
    </message>
    <message>
        <source>Special care (weekly)</source>
        <translation>特殊关爱（每周）</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>在册</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>去世</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <source>Son</source>
        <translation>儿子</translation>
    </message>
    <message>
        <source>Daughter</source>
        <translation>女儿</translation>
    </message>
    <message>
        <source>Son-in-law</source>
        <translation>女婿</translation>
    </message>
    <message>
        <source>Daughter-in-law</source>
        <translation>儿媳</translation>
    </message>
    <message>
        <source>Grandchild</source>
        <translation>孙辈</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>亲属</translation>
    </message>
    <message>
        <source>Neighbour</source>
        <translation>邻居</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>朋友</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>社工</translation>
    </message>
    <message>
        <source>Community grid worker</source>
        <translation>社区网格员</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Wearable (4G)</source>
        <translation>穿戴式（4G）</translation>
    </message>
    <message>
        <source>Fixed-line terminal</source>
        <translation>固话式终端</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <source>Faulty</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已拆除</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>遗失</translation>
    </message>
    <message>
        <source>Emergency assistance</source>
        <translation>紧急呼援</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Service referral</source>
        <translation>服务转介</translation>
    </message>
    <message>
        <source>Device fault</source>
        <translation>设备故障</translation>
    </message>
    <message>
        <source>Care call</source>
        <translation>关怀回访</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>呼入</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>呼出</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已接听</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>未接</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒接</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>维修</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>上门探访</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>回拨</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>安装</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已派单</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接单</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已回访确认</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>医院</translation>
    </message>
    <message>
        <source>120 station</source>
        <translation>120 急救站</translation>
    </message>
    <message>
        <source>Police station</source>
        <translation>派出所</translation>
    </message>
    <message>
        <source>Fire station</source>
        <translation>消防站</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Home care provider</source>
        <translation>居家养老服务商</translation>
    </message>
    <message>
        <source>Meal service</source>
        <translation>助餐服务</translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation>维修服务</translation>
    </message>
    <message>
        <source>Housekeeping</source>
        <translation>家政服务</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation>药店</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>班长</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>审计员</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>On a call</source>
        <translation>通话中</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>话后处理</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>小休</translation>
    </message>
    <message>
        <source>Not taking calls</source>
        <translation>暂停接听</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>定位</translation>
    </message>
    <message>
        <source>GPS</source>
        <translation>GPS</translation>
    </message>
    <message>
        <source>Cell tower</source>
        <translation>基站</translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <source>SOS</source>
        <translation>紧急呼救</translation>
    </message>
    <message>
        <source>Fall</source>
        <translation>跌倒</translation>
    </message>
    <message>
        <source>Fire or smoke</source>
        <translation>火警/烟感</translation>
    </message>
    <message>
        <source>Gas</source>
        <translation>燃气泄漏</translation>
    </message>
    <message>
        <source>Care sensor</source>
        <translation>看护传感器</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安防</translation>
    </message>
    <message>
        <source>Home environment</source>
        <translation>居家环境</translation>
    </message>
    <message>
        <source>Low battery</source>
        <translation>电量低</translation>
    </message>
    <message>
        <source>Mains power lost</source>
        <translation>外部电源断开</translation>
    </message>
    <message>
        <source>Mains power restored</source>
        <translation>外部电源恢复</translation>
    </message>
    <message>
        <source>Fault cleared</source>
        <translation>故障已恢复</translation>
    </message>
    <message>
        <source>Alarm withdrawn</source>
        <translation>报警已撤销</translation>
    </message>
    <message>
        <source>Heartbeat</source>
        <translation>心跳</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Other alarm</source>
        <translation>其他报警</translation>
    </message>
    <message>
        <source>Terminal silent</source>
        <translation>终端失联</translation>
    </message>
    <message>
        <source>Terminal removed</source>
        <translation>终端被摘除</translation>
    </message>
    <message>
        <source>Unknown terminal</source>
        <translation>未登记终端</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待接警</translation>
    </message>
    <message>
        <source>Being handled</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>已挂起</translation>
    </message>
</context>
<context>
    <name>safelink::core::PhoneNumber</name>
    <message>
        <source>A fixed-line number has 7 or 8 digits after the area code 0%1; this one has %2.</source>
        <translation>区号 0%1 后的固话号码应为 7 或 8 位，此号码为 %2 位。</translation>
    </message>
    <message>
        <source>A fixed-line number cannot start with %1 after the area code 0%2.</source>
        <translation>区号 0%2 后的固话号码不能以 %1 开头。</translation>
    </message>
    <message>
        <source>A mobile number has 11 digits; this one has %1.</source>
        <translation>手机号码应为 11 位，此号码为 %1 位。</translation>
    </message>
    <message>
        <source>No mobile numbers start with %1; mobile numbers start with 13 to 19.</source>
        <translation>没有以 %1 开头的手机号码；手机号码以 13 至 19 开头。</translation>
    </message>
    <message>
        <source>There is no area code starting with 0%1.</source>
        <translation>不存在以 0%1 开头的区号。</translation>
    </message>
    <message>
        <source>%1 is too short for a phone number: it has %2 digits and is not a service number such as 110 or 12345.</source>
        <translation>%1 作为电话号码太短：只有 %2 位，且不是 110、12345 之类的服务号码。</translation>
    </message>
    <message>
        <source>The number has %1 digits, too many for a Chinese phone number.</source>
        <translation>号码有 %1 位，超过国内电话号码的长度。</translation>
    </message>
    <message>
        <source>%1 is not a phone number: local numbers do not start with 1 and mobile numbers have 11 digits.</source>
        <translation>%1 不是有效电话号码：本地号码不以 1 开头，手机号码为 11 位。</translation>
    </message>
    <message>
        <source>A local number has 7 or 8 digits; this one has %1. Write numbers of other areas with 0 and the area code.</source>
        <translation>本地号码应为 7 或 8 位，此号码为 %1 位。外地号码请加 0 和区号。</translation>
    </message>
    <message>
        <source>%1 has no area code and no default area code is set; write it with the area code, such as 020.</source>
        <translation>%1 没有区号，且未设置默认区号；请加上区号，例如 020。</translation>
    </message>
    <message>
        <source>The default area code &quot;%1&quot; is not a valid area code.</source>
        <translation>默认区号“%1”不是有效区号。</translation>
    </message>
    <message>
        <source>A Chinese number has 9 to 11 digits after +86; this one has %1.</source>
        <translation>+86 后的国内号码应为 9 至 11 位，此号码为 %1 位。</translation>
    </message>
    <message>
        <source>A country code cannot start with 0.</source>
        <translation>国家代码不能以 0 开头。</translation>
    </message>
    <message>
        <source>An international number has 7 to 15 digits including the country code; this one has %1.</source>
        <translation>国际号码（含国家代码）应为 7 至 15 位，此号码为 %1 位。</translation>
    </message>
    <message>
        <source>No phone number was entered.</source>
        <translation>未输入电话号码。</translation>
    </message>
    <message>
        <source>The extension after &quot;%1&quot; is missing.</source>
        <translation>“%1”后缺少分机号。</translation>
    </message>
    <message>
        <source>An extension has 1 to 6 digits; &quot;%1&quot; is not one.</source>
        <translation>分机号为 1 至 6 位数字，“%1”不是有效分机号。</translation>
    </message>
    <message>
        <source>A + can only stand at the start of a phone number.</source>
        <translation>“+”只能位于电话号码开头。</translation>
    </message>
    <message>
        <source>A phone number cannot contain letters (&quot;%1&quot;).</source>
        <translation>电话号码不能包含字母（“%1”）。</translation>
    </message>
    <message>
        <source>A phone number cannot contain the character &quot;%1&quot;.</source>
        <translation>电话号码不能包含字符“%1”。</translation>
    </message>
    <message>
        <source>The phone number contains no digits.</source>
        <translation>电话号码中没有数字。</translation>
    </message>
    <message>
        <source>Mobile numbers have no extensions.</source>
        <translation>手机号码没有分机号。</translation>
    </message>
    <message>
        <source>Service numbers have no extensions.</source>
        <translation>服务号码没有分机号。</translation>
    </message>
    <message>
        <source>%1 ext. %2</source>
        <extracomment>A phone number with its extension; zh_CN: &quot;%1 转 %2&quot;.</extracomment>
        <translation>%1 转 %2</translation>
    </message>
</context>
<context>
    <name>safelink::core::ResidentId</name>
    <message>
        <source>A resident ID number has 18 characters (or 15 digits for old cards); this one has %1.</source>
        <translation>身份证号码应为 18 位（旧证为 15 位数字），此号码为 %1 位。</translation>
    </message>
    <message>
        <source>An old 15-digit resident ID number has digits only; character %1 (&quot;%2&quot;) is not a digit.</source>
        <translation>15 位旧身份证号码只能是数字；第 %1 位（“%2”）不是数字。</translation>
    </message>
    <message>
        <source>Character %1 (&quot;%2&quot;) of the resident ID number is not a digit; only the last character may be X.</source>
        <translation>身份证号码第 %1 位（“%2”）不是数字；只有最后一位可以是 X。</translation>
    </message>
    <message>
        <source>The last character of the resident ID number must be a digit or X, not &quot;%1&quot;.</source>
        <translation>身份证号码最后一位必须是数字或 X，不能是“%1”。</translation>
    </message>
    <message>
        <source>The resident ID number starts with %1, which is not a province code: the region code is unknown.</source>
        <translation>身份证号码以 %1 开头，不是有效的省级代码：地区码无法识别。</translation>
    </message>
    <message>
        <source>The birth date in the resident ID number (%1) does not exist.</source>
        <translation>身份证号码中的出生日期（%1）不存在。</translation>
    </message>
    <message>
        <source>The birth date in the resident ID number (%1) is before 1890.</source>
        <translation>身份证号码中的出生日期（%1）早于 1890 年。</translation>
    </message>
    <message>
        <source>The birth date in the resident ID number (%1) is in the future.</source>
        <translation>身份证号码中的出生日期（%1）晚于今天。</translation>
    </message>
    <message>
        <source>The check character is %1 but should be %2: the number was mistyped.</source>
        <translation>校验码为 %1，正确应为 %2：号码输入有误。</translation>
    </message>
</context>
<context>
    <name>safelink::core::Subject</name>
    <message>
        <source>The birth date does not match the resident ID number.</source>
        <translation>出生日期与身份证号码不一致。</translation>
    </message>
    <message>
        <source>The sex does not match the resident ID number.</source>
        <translation>性别与身份证号码不一致。</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>出生日期晚于今天。</translation>
    </message>
    <message>
        <source>Give the disability level for a subject who has lost self-care ability.</source>
        <translation>失能对象请填写失能等级。</translation>
    </message>
    <message>
        <source>An emergency contact needs at least one phone number.</source>
        <translation>紧急联系人至少需要一个电话号码。</translation>
    </message>
    <message>
        <source>Two emergency contacts have the same calling order.</source>
        <translation>两位紧急联系人的联系顺序相同。</translation>
    </message>
    <message>
        <source>Give the date the status changed.</source>
        <translation>请填写状态变更日期。</translation>
    </message>
</context>
<context>
    <name>safelink::core::TileSource</name>
    <message>
        <source>The tile address must start with http:// or https:// and name a server.</source>
        <translation>瓦片地址须以 http:// 或 https:// 开头并写明服务器。</translation>
    </message>
    <message>
        <source>The tile address needs {z}, {x} and {y} where the tile&apos;s zoom, column and row go.</source>
        <translation>瓦片地址须包含 {z}、{x}、{y}，分别代表瓦片的缩放级别、列号和行号。</translation>
    </message>
</context>
<context>
    <name>safelink::core::Validation</name>
    <message>
        <source>A login is 2 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>登录名为 2 至 32 个字母、数字、“.”、“_”或“-”。</translation>
    </message>
    <message>
        <source>Give the account at least one role.</source>
        <translation>请为账号至少分配一个角色。</translation>
    </message>
    <message>
        <source>A SIP user is 1 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>SIP 用户名为 1 至 32 个字母、数字、“.”、“_”或“-”。</translation>
    </message>
    <message>
        <source>A folder cannot contain itself.</source>
        <translation>目录不能包含自身。</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>此项为必填项。</translation>
    </message>
    <message numerus="yes">
        <source>At most %n characters.</source>
        <translation>
            <numerusform>最多 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>A region code has 6 (district), 9 (street) or 12 (community) digits.</source>
        <translation>行政区划代码为 6 位（区县）、9 位（街道）或 12 位（社区）。</translation>
    </message>
    <message>
        <source>Latitude must be within ±90 and longitude within ±180 degrees.</source>
        <translation>纬度须在 ±90 度以内，经度须在 ±180 度以内。</translation>
    </message>
</context>
<context>
    <name>safelink::core::WorkOrder</name>
    <message>
        <source>A work order that is &quot;%1&quot; cannot become &quot;%2&quot;.</source>
        <translation>工单状态不能从“%1”变为“%2”。</translation>
    </message>
    <message>
        <source>Give a reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <source>Choose who the work is assigned to.</source>
        <translation>请选择派单对象。</translation>
    </message>
    <message>
        <source>A state change needs its time and who made it.</source>
        <translation>状态变更必须记录时间和操作人。</translation>
    </message>
    <message>
        <source>The deadline is before the order was created.</source>
        <translation>截止时间早于工单创建时间。</translation>
    </message>
</context>
<context>
    <name>safelink::core::cbor::Reader</name>
    <message>
        <source>unknown value &quot;%1&quot;</source>
        <translation>未知取值“%1”</translation>
    </message>
    <message>
        <source>%1: expected a map</source>
        <translation>%1：应为映射</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>应为文本</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>应为数值</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>应为是或否</translation>
    </message>
    <message>
        <source>expected a date (YYYY-MM-DD)</source>
        <translation>应为日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>expected a time (ISO 8601)</source>
        <translation>应为时间（ISO 8601）</translation>
    </message>
    <message>
        <source>expected a list of text</source>
        <translation>应为文本列表</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>应为列表</translation>
    </message>
    <message>
        <source>expected a map</source>
        <translation>应为映射</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>不能为负数</translation>
    </message>
</context>
<context>
    <name>safelink::desk::AlarmQueue</name>
    <message>
        <source>Someone else changed this alarm first: %1</source>
        <translation>该报警已被他人先行处理：%1</translation>
    </message>
    <message>
        <source>Unknown terminal</source>
        <translation>未登记终端</translation>
    </message>
    <message>
        <source>Terminal %1</source>
        <translation>终端 %1</translation>
    </message>
    <message>
        <source>On hold: %1</source>
        <translation>挂起：%1</translation>
    </message>
    <message>
        <source>Call waiting</source>
        <translation>来电排队</translation>
    </message>
    <message>
        <source>Call ringing</source>
        <translation>来电振铃</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Speaks %1</source>
        <translation>讲%1</translation>
    </message>
    <message>
        <source>Ringing at %1</source>
        <translation>正在 %1 振铃</translation>
    </message>
    <message>
        <source>Callback overdue</source>
        <translation>回拨超时</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>待回拨</translation>
    </message>
    <message>
        <source>This desk is not connected to a hub.</source>
        <translation>本坐席未连接中心服务器。</translation>
    </message>
    <message>
        <source>The alarm is no longer in the queue.</source>
        <translation>该报警已不在队列中。</translation>
    </message>
    <message>
        <source>The callback is no longer open.</source>
        <translation>该回拨已不是待办状态。</translation>
    </message>
    <message>
        <source>Battery %1%</source>
        <translation>电量 %1%</translation>
    </message>
    <message>
        <source>Position %1 (%2)</source>
        <translation>位置：%1（%2）</translation>
    </message>
</context>
<context>
    <name>safelink::desk::AlarmQueueModel</name>
    <message>
        <source>On hold</source>
        <translation>已挂起</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>已升级班长</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>无人接警</translation>
    </message>
    <message>
        <source>Target: picked up within %1 seconds</source>
        <translation>目标：%1 秒内接警</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待时长</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>safelink::desk::AlarmQueuePanel</name>
    <message>
        <source>&amp;Take</source>
        <translation>接警(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>挂起(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>完成(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Call back</source>
        <translation>回拨(&amp;C)</translation>
    </message>
    <message>
        <source>Alarm queue: nothing waiting</source>
        <translation>报警队列：无待处理</translation>
    </message>
    <message numerus="yes">
        <source>Alarm queue: %n in hand, nobody waiting</source>
        <translation>
            <numerusform>报警队列：处理中 %n 条，无人等待</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Alarm queue: %n waiting · longest %1 (target %2 s)</source>
        <translation>
            <numerusform>报警队列：待接警 %n 条 · 最长等待 %1（目标 %2 秒）</numerusform>
        </translation>
    </message>
    <message>
        <source>Callback done</source>
        <translation>回拨完成</translation>
    </message>
    <message>
        <source>Alarm done</source>
        <translation>报警处置完成</translation>
    </message>
    <message>
        <source>What came of the callback:</source>
        <translation>回拨结果：</translation>
    </message>
    <message>
        <source>What was done:</source>
        <translation>处置结果：</translation>
    </message>
</context>
<context>
    <name>safelink::desk::ArticleEditor</name>
    <message>
        <source>New article</source>
        <translation>新建条目</translation>
    </message>
    <message>
        <source>Edit article</source>
        <translation>编辑条目</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>目录(&amp;F)：</translation>
    </message>
    <message>
        <source>Words agents search for, separated by 、 or commas</source>
        <translation>坐席员会搜索的词，用顿号或逗号分隔</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>标签(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Text (Markdown):</source>
        <translation>正文（Markdown）(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>safelink::desk::ArticleHistoryDialog</name>
    <message>
        <source>History of the article</source>
        <translation>条目修改历史</translation>
    </message>
    <message>
        <source>Asking the hub…</source>
        <translation>正在向中心服务器查询…</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>恢复此版本</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s), newest first.</source>
        <translation>
            <numerusform>共 %n 个版本，最新的在前。</numerusform>
        </translation>
    </message>
    <message>
        <source>The history cannot be read: %1</source>
        <translation>无法读取修改历史：%1</translation>
    </message>
    <message>
        <source>(deleted in this version)</source>
        <translation>（此版本为删除）</translation>
    </message>
    <message>
        <source>(this version cannot be read)</source>
        <translation>（无法读取此版本）</translation>
    </message>
    <message>
        <source>Deleted articles</source>
        <translation>已删除的条目</translation>
    </message>
    <message>
        <source>%1
deleted %2 by %3</source>
        <translation>%1
%2 由 %3 删除</translation>
    </message>
    <message>
        <source>(cannot be read)</source>
        <translation>（无法读取）</translation>
    </message>
    <message numerus="yes">
        <source>%n deleted article(s), newest first.</source>
        <translation>
            <numerusform>共 %n 个已删除条目，最新的在前。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>safelink::desk::AudioDevicesDialog</name>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>%1 (not plugged in)</source>
        <translation>%1（未插入）</translation>
    </message>
    <message>
        <source>Audio devices</source>
        <translation>音频设备</translation>
    </message>
    <message>
        <source>Talk on the headset; let incoming calls ring on a speaker you can hear without the headset on.</source>
        <translation>通话使用耳机；来电振铃请选择不戴耳机也能听到的扬声器。</translation>
    </message>
    <message>
        <source>&amp;Microphone:</source>
        <translation>麦克风(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Headset:</source>
        <translation>耳机(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Ring on:</source>
        <translation>振铃设备(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>safelink::desk::BlockListDialog</name>
    <message>
        <source>Blocked numbers</source>
        <translation>骚扰号码名单</translation>
    </message>
    <message>
        <source>Calls from these numbers are refused on the hotline, and the refusal is recorded. Add a number with the reason, or take one off the list.</source>
        <translation>热线将拒接以下号码的来电，并记录拒接。可填写原因添加号码，或将号码移出名单。</translation>
    </message>
    <message>
        <source>Calls from these numbers are refused on the hotline. Supervisors keep this list.</source>
        <translation>热线将拒接以下号码的来电。名单由班长维护。</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>添加人</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>139 0000 0666</source>
        <translation>139 0000 0666</translation>
    </message>
    <message>
        <source>Why, e.g. repeated abusive calls to agents</source>
        <translation>原因，如多次辱骂坐席</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>号码(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>屏蔽(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Unblock selected</source>
        <translation>解除所选(&amp;U)</translation>
    </message>
    <message>
        <source>This desk is not connected to a hub.</source>
        <translation>本坐席未连接中心服务器。</translation>
    </message>
    <message>
        <source>This number is not on the list any more.</source>
        <translation>该号码已不在名单中。</translation>
    </message>
</context>
<context>
    <name>safelink::desk::CallArchiver</name>
    <message>
        <source>The call record could not be saved: %1</source>
        <translation>通话记录无法保存：%1</translation>
    </message>
    <message>
        <source>A call recording could not be encrypted: %1</source>
        <translation>通话录音无法加密：%1</translation>
    </message>
</context>
<context>
    <name>safelink::desk::CallBar</name>
    <message>
        <source>● Recording</source>
        <translation>● 录音中</translation>
    </message>
    <message>
        <source>This call is being recorded</source>
        <translation>本通话正在录音</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>接听</translation>
    </message>
    <message>
        <source>Answer the ringing call</source>
        <translation>接听振铃中的来电</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>挂断</translation>
    </message>
    <message>
        <source>Hang up, or refuse a ringing call</source>
        <translation>挂断，或拒接振铃中的来电</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>保持</translation>
    </message>
    <message>
        <source>Put the call on hold, or take it back</source>
        <translation>保持通话，或恢复通话</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>静音</translation>
    </message>
    <message>
        <source>Mute or unmute the microphone</source>
        <translation>麦克风静音或取消静音</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>转接</translation>
    </message>
    <message>
        <source>Transfer the call to the number typed in the number field</source>
        <translation>把通话转接到号码框中输入的号码</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>三方通话</translation>
    </message>
    <message>
        <source>Join the call on hold into a three-way call</source>
        <translation>把保持中的通话并入三方通话</translation>
    </message>
    <message>
        <source>Dial pad</source>
        <translation>拨号盘</translation>
    </message>
    <message>
        <source>Type a number to dial</source>
        <translation>输入要拨打的号码</translation>
    </message>
    <message>
        <source>Redial</source>
        <translation>重拨</translation>
    </message>
    <message>
        <source>Dial the last number again</source>
        <translation>再次拨打上一个号码</translation>
    </message>
    <message>
        <source>Number (F8), Enter dials</source>
        <translation>号码（F8），回车拨打</translation>
    </message>
    <message>
        <source>Send keys</source>
        <translation>发送按键</translation>
    </message>
    <message>
        <source>Send the typed digits into the call as keys (%1)</source>
        <translation>把输入的数字作为按键发送到通话中（%1）</translation>
    </message>
    <message>
        <source>Number to transfer to, then F6</source>
        <translation>输入转接号码，然后按 F6</translation>
    </message>
    <message>
        <source>No call</source>
        <translation>无通话</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>已静音</translation>
    </message>
    <message>
        <source>conference</source>
        <translation>三方通话中</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n 路通话</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>取消静音</translation>
    </message>
</context>
<context>
    <name>safelink::desk::CallController</name>
    <message>
        <source>No call is ringing.</source>
        <translation>没有振铃中的来电。</translation>
    </message>
    <message>
        <source>There is no call to hang up.</source>
        <translation>没有可挂断的通话。</translation>
    </message>
    <message>
        <source>There is no answered call to hold.</source>
        <translation>没有已接通的通话可保持。</translation>
    </message>
    <message>
        <source>This call cannot be held now.</source>
        <translation>此通话现在不能保持。</translation>
    </message>
    <message>
        <source>There is no call talking to mute.</source>
        <translation>没有正在通话的呼叫可静音。</translation>
    </message>
    <message>
        <source>Type a number to dial.</source>
        <translation>请输入要拨打的号码。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number that can be dialled.</source>
        <translation>“%1”不是可拨打的号码。</translation>
    </message>
    <message>
        <source>Nothing has been dialled yet.</source>
        <translation>还没有拨打过号码。</translation>
    </message>
    <message>
        <source>There is no call talking to send keys to.</source>
        <translation>没有正在通话的呼叫可发送按键。</translation>
    </message>
    <message>
        <source>Only 0-9, *, # and A-D can be sent as keys.</source>
        <translation>只能发送 0-9、*、# 和 A-D 按键。</translation>
    </message>
    <message>
        <source>There is no call talking to transfer.</source>
        <translation>没有正在通话的呼叫可转接。</translation>
    </message>
    <message>
        <source>Type the number to transfer to.</source>
        <translation>请输入转接号码。</translation>
    </message>
    <message>
        <source>A conference needs two answered calls: dial 120 or a relative first, then join.</source>
        <translation>三方通话需要两路已接通的通话：请先拨打 120 或家属，再并入。</translation>
    </message>
</context>
<context>
    <name>safelink::desk::CaseForm</name>
    <message>
        <source>Assess: what happened, is the person conscious and breathing</source>
        <translation>评估：发生了什么，是否清醒、有无呼吸</translation>
    </message>
    <message>
        <source>Call 120 (ambulance), three-way with the caller</source>
        <translation>呼叫120（急救），与来电人三方通话</translation>
    </message>
    <message>
        <source>Call 110 (police) when needed</source>
        <translation>需要时报警110</translation>
    </message>
    <message>
        <source>Notify the designated relatives</source>
        <translation>通知指定的亲属</translation>
    </message>
    <message>
        <source>Follow up until the person is safe</source>
        <translation>跟进至服务对象安全</translation>
    </message>
    <message>
        <source>Answer from the knowledge base</source>
        <translation>依知识库解答</translation>
    </message>
    <message>
        <source>Refer to the right office when we cannot answer</source>
        <translation>无法解答时转介相关部门</translation>
    </message>
    <message>
        <source>Record the complaint in the caller&apos;s words</source>
        <translation>按来电人原话记录投诉</translation>
    </message>
    <message>
        <source>Pass it to the supervisor</source>
        <translation>转交班长</translation>
    </message>
    <message>
        <source>Reply to the caller</source>
        <translation>答复来电人</translation>
    </message>
    <message>
        <source>Record the need</source>
        <translation>记录需求</translation>
    </message>
    <message>
        <source>Refer to a provider</source>
        <translation>转介服务商</translation>
    </message>
    <message>
        <source>Confirm the service with the person</source>
        <translation>与服务对象确认服务</translation>
    </message>
    <message>
        <source>Diagnose with the caller (battery, power, line)</source>
        <translation>与来电人排查（电池、电源、线路）</translation>
    </message>
    <message>
        <source>Open a repair work order</source>
        <translation>开维修工单</translation>
    </message>
    <message>
        <source>Confirm the terminal works again</source>
        <translation>确认终端恢复正常</translation>
    </message>
    <message>
        <source>Note what was done</source>
        <translation>记录处理情况</translation>
    </message>
    <message>
        <source>Ambulance sent (120)</source>
        <translation>已派救护车（120）</translation>
    </message>
    <message>
        <source>Police called (110)</source>
        <translation>已报警（110）</translation>
    </message>
    <message>
        <source>Relative or neighbour went to help</source>
        <translation>亲属或邻居已前往协助</translation>
    </message>
    <message>
        <source>Resolved on the phone</source>
        <translation>电话中已解决</translation>
    </message>
    <message>
        <source>False alarm, person safe</source>
        <translation>误报，服务对象平安</translation>
    </message>
    <message>
        <source>No answer: on-site check arranged</source>
        <translation>无应答：已安排上门查看</translation>
    </message>
    <message>
        <source>Information given</source>
        <translation>已解答</translation>
    </message>
    <message>
        <source>Referred elsewhere</source>
        <translation>已转介</translation>
    </message>
    <message>
        <source>Resolved, caller satisfied</source>
        <translation>已解决，来电人满意</translation>
    </message>
    <message>
        <source>Escalated to the supervisor</source>
        <translation>已上报班长</translation>
    </message>
    <message>
        <source>Referred to a provider</source>
        <translation>已转介服务商</translation>
    </message>
    <message>
        <source>Not possible, caller told why</source>
        <translation>无法提供，已向来电人说明</translation>
    </message>
    <message>
        <source>Fixed on the phone</source>
        <translation>电话指导已修复</translation>
    </message>
    <message>
        <source>Repair work order opened</source>
        <translation>已开维修工单</translation>
    </message>
    <message>
        <source>Care call done, person well</source>
        <translation>关怀完成，服务对象安好</translation>
    </message>
    <message>
        <source>Not reached, a contact confirmed they are well</source>
        <translation>未联系上本人，紧急联系人确认安好</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>No case is open.</source>
        <translation>没有打开的案件。</translation>
    </message>
    <message>
        <source>Say in a few words what happened.</source>
        <translation>请简要说明发生了什么。</translation>
    </message>
    <message>
        <source>This outcome does not belong to this kind of case.</source>
        <translation>此处理结果不属于这类案件。</translation>
    </message>
    <message>
        <source>Same-day callback after the alarm: %1</source>
        <translation>呼援后当日回访：%1</translation>
    </message>
</context>
<context>
    <name>safelink::desk::CaseFormWidget</name>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>P1 — life at risk</source>
        <translation>P1 — 危及生命</translation>
    </message>
    <message>
        <source>P5 — information</source>
        <translation>P5 — 一般信息</translation>
    </message>
    <message>
        <source>P%1</source>
        <translation>P%1</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>优先级(&amp;P)</translation>
    </message>
    <message>
        <source>e.g. fell in the bathroom, cannot get up</source>
        <translation>例如：卫生间跌倒，无法起身</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>事由(&amp;W)</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>处置步骤</translation>
    </message>
    <message>
        <source>What was said and done, in order</source>
        <translation>按时间顺序记录通话内容和处置</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>记录(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>处理结果(&amp;O)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the case and keep it open (%1)</source>
        <translation>保存案件，不结案（%1）</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Save and close: an outcome is needed (%1)</source>
        <translation>保存并结案：须选择处理结果（%1）</translation>
    </message>
    <message>
        <source>(number given when saved)</source>
        <translation>（保存后生成编号）</translation>
    </message>
    <message>
        <source>No case open: Ctrl+E opens an alarm case for the caller.</source>
        <translation>没有打开的案件：按 Ctrl+E 为来电人新建紧急呼援案件。</translation>
    </message>
    <message>
        <source>— choose when closing —</source>
        <translation>— 结案时选择 —</translation>
    </message>
    <message>
        <source>Same-day callback due %1</source>
        <translation>当日回访时限 %1</translation>
    </message>
    <message>
        <source>A same-day callback is scheduled when the case is saved.</source>
        <translation>保存案件时将自动安排当日回访。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Mark done now (%1)</source>
        <translation>标记为现在完成（%1）</translation>
    </message>
    <message>
        <source>Knowledge base: %1</source>
        <translation>已附知识库条目：%1</translation>
    </message>
</context>
<context>
    <name>safelink::desk::DeskSession</name>
    <message>
        <source>The search failed: %1</source>
        <translation>查询失败：%1</translation>
    </message>
    <message>
        <source>This seat has no records yet (not connected to a hub).</source>
        <translation>本坐席还没有档案数据（未连接中心服务器）。</translation>
    </message>
    <message>
        <source>Not connected to a hub: the number cannot be linked now.</source>
        <translation>未连接中心服务器：现在不能关联号码。</translation>
    </message>
    <message>
        <source>The number could not be linked: %1</source>
        <translation>号码未能关联：%1</translation>
    </message>
    <message>
        <source>caller ID</source>
        <translation>来电号码</translation>
    </message>
    <message>
        <source>%1 is now saved as a phone of %2.</source>
        <translation>%1 已保存为 %2 的电话。</translation>
    </message>
    <message>
        <source>New &amp;alarm case</source>
        <translation>新建紧急呼援案件(&amp;A)</translation>
    </message>
    <message>
        <source>An emergency case for the caller, with caller, time and place filled in (%1)</source>
        <translation>为来电人新建紧急呼援案件，自动填入来电人、时间和位置（%1）</translation>
    </message>
    <message>
        <source>New &amp;other case</source>
        <translation>新建其他案件(&amp;O)</translation>
    </message>
    <message>
        <source>A question, complaint, service request or device fault (%1)</source>
        <translation>咨询、投诉、服务申请或设备故障（%1）</translation>
    </message>
    <message>
        <source>Not connected to a hub: the case cannot be saved.</source>
        <translation>未连接中心服务器：案件无法保存。</translation>
    </message>
    <message>
        <source>The case could not be saved: %1</source>
        <translation>案件未能保存：%1</translation>
    </message>
    <message>
        <source>The same-day callback could not be scheduled: %1</source>
        <translation>当日回访未能安排：%1</translation>
    </message>
    <message>
        <source>Case closed.</source>
        <translation>已结案。</translation>
    </message>
    <message>
        <source>Case saved.</source>
        <translation>案件已保存。</translation>
    </message>
    <message>
        <source>&amp;Ready</source>
        <translation>就绪(&amp;R)</translation>
    </message>
    <message>
        <source>Take calls</source>
        <translation>开始接听来电</translation>
    </message>
    <message>
        <source>&amp;Break…</source>
        <translation>小休(&amp;B)…</translation>
    </message>
    <message>
        <source>A break, with its reason</source>
        <translation>小休，须注明原因</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>用餐</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>休息</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>小休</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>A break needs its reason.</source>
        <translation>小休须注明原因。</translation>
    </message>
    <message>
        <source>&amp;Away</source>
        <translation>暂停接听(&amp;A)</translation>
    </message>
    <message>
        <source>Signed in but not taking calls</source>
        <translation>已登录但暂不接听来电</translation>
    </message>
    <message>
        <source>&amp;End wrap-up</source>
        <translation>结束话后处理(&amp;E)</translation>
    </message>
    <message>
        <source>Done writing: take the next call</source>
        <translation>记录完毕：接听下一个来电</translation>
    </message>
    <message>
        <source>&amp;History of the person…</source>
        <translation>服务对象历史记录(&amp;H)…</translation>
    </message>
    <message>
        <source>Calls (with recordings), cases and work orders of the person on the card (%1)</source>
        <translation>弹屏中服务对象的通话（含录音）、案件和工单（%1）</translation>
    </message>
    <message>
        <source>No person on the card: the history needs one.</source>
        <translation>弹屏中没有服务对象：无法显示历史记录。</translation>
    </message>
    <message>
        <source>Wearable</source>
        <translation>腕表</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>终端</translation>
    </message>
    <message>
        <source>Seat &amp;board…</source>
        <translation>坐席监控(&amp;B)…</translation>
    </message>
    <message>
        <source>Every signed-in seat: state, for how long, phone</source>
        <translation>所有已登录坐席：状态、持续时间、电话</translation>
    </message>
    <message>
        <source>Not connected to a hub: there is no seat board.</source>
        <translation>未连接中心服务器：没有坐席监控数据。</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>知识库</translation>
    </message>
    <message>
        <source>Where the person is and the nearest help (Ctrl+M)</source>
        <translation>服务对象位置与最近的救助资源（Ctrl+M）</translation>
    </message>
    <message>
        <source>Policies, procedures and scripts (Ctrl+K searches)</source>
        <translation>政策、流程与话术（Ctrl+K 搜索）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is attached to the case.</source>
        <translation>“%1”已附加到案件。</translation>
    </message>
    <message>
        <source>Search the &amp;knowledge base</source>
        <translation>搜索知识库(&amp;K)</translation>
    </message>
    <message>
        <source>Policies, procedures and scripts (%1)</source>
        <translation>政策、流程与话术（%1）</translation>
    </message>
    <message>
        <source>Show the &amp;map</source>
        <translation>显示地图(&amp;M)</translation>
    </message>
    <message>
        <source>An alarm has waited too long: nobody has taken it.</source>
        <translation>有报警等待过久，仍无人接警。</translation>
    </message>
    <message>
        <source>Blocked &amp;numbers…</source>
        <translation>骚扰号码名单(&amp;N)…</translation>
    </message>
    <message>
        <source>Numbers the hotline refuses, with the reasons</source>
        <translation>热线拒接的号码及原因</translation>
    </message>
    <message>
        <source>The hub refused a change: %1</source>
        <translation>中心服务器拒绝了一项修改：%1</translation>
    </message>
</context>
<context>
    <name>safelink::desk::HoldDialog</name>
    <message>
        <source>Put the alarm on hold</source>
        <translation>挂起报警</translation>
    </message>
    <message>
        <source>Why it can wait (e.g. the family is on the way)</source>
        <translation>可以稍后处理的原因（如家属正在赶来）</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Priority while held</source>
        <translation>挂起期间优先级(&amp;P)</translation>
    </message>
</context>
<context>
    <name>safelink::desk::HubRecordingPane</name>
    <message>
        <source>Fetching the recording from the hub…</source>
        <translation>正在从中心服务器获取录音…</translation>
    </message>
    <message>
        <source>The recording cannot be fetched: %1</source>
        <translation>无法获取录音：%1</translation>
    </message>
</context>
<context>
    <name>safelink::desk::KnowledgeModel</name>
    <message>
        <source>Knowledge base</source>
        <translation>知识库</translation>
    </message>
    <message>
        <source>Not filed</source>
        <translation>未归类</translation>
    </message>
</context>
<context>
    <name>safelink::desk::KnowledgePanel</name>
    <message>
        <source>Search the knowledge base (Ctrl+K), Enter to search</source>
        <translation>搜索知识库（Ctrl+K），回车搜索</translation>
    </message>
    <message>
        <source>Choose an article in the tree or search for one.</source>
        <translation>在目录中选择条目，或搜索条目。</translation>
    </message>
    <message>
        <source>Attach to the case</source>
        <translation>附加到案件</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>新建条目</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>新建目录</translation>
    </message>
    <message>
        <source>Rename / move folder</source>
        <translation>重命名/移动目录</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>History</source>
        <translation>修改历史</translation>
    </message>
    <message>
        <source>Attach this article to the open case (Ctrl+Shift+K)</source>
        <translation>将此条目附加到当前案件（Ctrl+Shift+K）</translation>
    </message>
    <message>
        <source>No case is open: open one first (Ctrl+E) to attach articles to it.</source>
        <translation>没有打开的案件：请先新建案件（Ctrl+E）再附加条目。</translation>
    </message>
    <message>
        <source>The knowledge base cannot be read: %1</source>
        <translation>无法读取知识库：%1</translation>
    </message>
    <message>
        <source>The article shown was deleted.</source>
        <translation>当前显示的条目已被删除。</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) found; Down and Enter to read.</source>
        <translation>
            <numerusform>找到 %n 个条目；按↓和回车阅读。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation>没有找到“%1”。</translation>
    </message>
    <message>
        <source>The article cannot be read: %1</source>
        <translation>无法读取条目：%1</translation>
    </message>
    <message>
        <source>%1 · version %2 · last changed %3 by %4</source>
        <translation>%1 · 第 %2 版 · %3 由 %4 修改</translation>
    </message>
    <message>
        <source>Not connected to a hub: the knowledge base cannot be changed.</source>
        <translation>未连接中心服务器：无法修改知识库。</translation>
    </message>
    <message>
        <source>Only supervisors and administrators edit the knowledge base.</source>
        <translation>只有班长和管理员可以编辑知识库。</translation>
    </message>
    <message>
        <source>A folder cannot be moved into itself or into one of its own folders.</source>
        <translation>目录不能移动到自身或其下级目录中。</translation>
    </message>
    <message>
        <source>Only an empty folder can be deleted: move or delete what is in it first.</source>
        <translation>只能删除空目录：请先移走或删除其中的内容。</translation>
    </message>
    <message>
        <source>Choose the article to edit first.</source>
        <translation>请先选择要编辑的条目。</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>知识库</translation>
    </message>
    <message>
        <source>Saved; every seat gets the change from the hub.</source>
        <translation>已保存；各坐席将从中心服务器收到更新。</translation>
    </message>
    <message>
        <source>Choose the folder in the tree first.</source>
        <translation>请先在目录树中选择目录。</translation>
    </message>
    <message>
        <source>Rename or move the folder</source>
        <translation>重命名或移动目录</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>（顶层）</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>In:</source>
        <translation>位于：</translation>
    </message>
    <message>
        <source>Choose the article or folder to delete first.</source>
        <translation>请先选择要删除的条目或目录。</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;? Its history stays on the hub.</source>
        <translation>删除“%1”？其修改历史仍保留在中心服务器。</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>已删除。</translation>
    </message>
    <message>
        <source>Choose the article first.</source>
        <translation>请先选择条目。</translation>
    </message>
    <message>
        <source>The old version is saved as the newest one.</source>
        <translation>旧版本已另存为最新版本。</translation>
    </message>
    <message>
        <source>Deleted articles</source>
        <translation>已删除的条目</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is restored.</source>
        <translation>“%1”已恢复。</translation>
    </message>
</context>
<context>
    <name>safelink::desk::MainWindow</name>
    <message>
        <source>Safelink agent desk %1</source>
        <translation>Safelink 平安通坐席端 %1</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>坐席(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit the desk (%1)</source>
        <translation>退出坐席端（%1）</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Safelink</source>
        <translation>关于 Safelink(&amp;A)</translation>
    </message>
    <message>
        <source>About Safelink</source>
        <translation>关于 Safelink</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Safelink %1&lt;/h3&gt;&lt;p&gt;Agent desk of the Ping&apos;antong emergency-call and social-care center.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Safelink %1&lt;/h3&gt;&lt;p&gt;平安通紧急呼援与社会关爱服务中心坐席端。&lt;/p&gt;&lt;p&gt;依据 GNU GPL 第 3 版或更高版本授权。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Ping&apos;antong Emergency Call Center</source>
        <translation>平安通紧急呼援服务中心</translation>
    </message>
    <message>
        <source>Agent desk</source>
        <translation>坐席工作台</translation>
    </message>
    <message>
        <source>Not signed in. Connect this seat to the center&apos;s hub to receive calls.</source>
        <translation>尚未登录。请将本坐席连接到中心服务器以接听来电。</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Hub: not connected</source>
        <translation>中心服务器：未连接</translation>
    </message>
    <message>
        <source>Safelink %1</source>
        <translation>Safelink %1</translation>
    </message>
    <message>
        <source>Hub: live</source>
        <translation>中心服务器：在线</translation>
    </message>
    <message>
        <source>Hub: catching up</source>
        <translation>中心服务器：同步中</translation>
    </message>
    <message>
        <source>Hub: connecting</source>
        <translation>中心服务器：连接中</translation>
    </message>
    <message>
        <source>Hub: offline</source>
        <translation>中心服务器：离线</translation>
    </message>
    <message numerus="yes">
        <source>%n write(s) waiting to be sent</source>
        <translation>
            <numerusform>%n 条记录待发送</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to the hub. Waiting for calls.</source>
        <translation>已连接中心服务器，等待来电。</translation>
    </message>
    <message>
        <source>Bringing this seat&apos;s records up to date…</source>
        <translation>正在同步本坐席的数据…</translation>
    </message>
    <message>
        <source>Connecting to the hub…</source>
        <translation>正在连接中心服务器…</translation>
    </message>
    <message>
        <source>The hub cannot be reached. Work continues from this seat&apos;s records; what you save is sent when the hub is back.</source>
        <translation>无法连接中心服务器。可继续使用本坐席的数据工作；保存的内容会在中心服务器恢复后发送。</translation>
    </message>
    <message>
        <source>&amp;Audio devices…</source>
        <translation>音频设备(&amp;A)…</translation>
    </message>
    <message>
        <source>Choose the headset, microphone and ring device (%1)</source>
        <translation>选择耳机、麦克风和振铃设备（%1）</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <source>&amp;Recent calls…</source>
        <translation>通话记录(&amp;R)…</translation>
    </message>
    <message>
        <source>The newest calls and their recordings (%1)</source>
        <translation>最近的通话及其录音（%1）</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>案件(&amp;C)</translation>
    </message>
    <message>
        <source>no extension set</source>
        <translation>未设置分机</translation>
    </message>
    <message>
        <source>S&amp;tate</source>
        <translation>状态(&amp;T)</translation>
    </message>
    <message>
        <source>Seat: %1</source>
        <translation>坐席：%1</translation>
    </message>
    <message>
        <source>Alarm queue</source>
        <translation>报警队列</translation>
    </message>
</context>
<context>
    <name>safelink::desk::RecentCallsDialog</name>
    <message>
        <source>Recent calls</source>
        <translation>通话记录</translation>
    </message>
    <message>
        <source>Enter plays the selected call&apos;s recording</source>
        <translation>按回车键播放所选通话的录音</translation>
    </message>
    <message>
        <source>This call has no recording.</source>
        <translation>这通电话没有录音。</translation>
    </message>
</context>
<context>
    <name>safelink::desk::RecentCallsModel</name>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>有录音</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>通话时长</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>录音</translation>
    </message>
</context>
<context>
    <name>safelink::desk::RecordingPlayer</name>
    <message>
        <source>No recording loaded</source>
        <translation>未加载录音</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Play or pause the recording (Space); ←/→ jump 5 seconds</source>
        <translation>播放或暂停录音（空格键）；←/→ 快退/快进 5 秒</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>The recording cannot be played: %1</source>
        <translation>录音无法播放：%1</translation>
    </message>
</context>
<context>
    <name>safelink::desk::ScreenPop</name>
    <message>
        <source>Number withheld</source>
        <translation>号码未显示</translation>
    </message>
    <message>
        <source>The local records could not be read: %1</source>
        <translation>无法读取本地档案：%1</translation>
    </message>
    <message>
        <source>The alarm terminal or home line of this household</source>
        <translation>该家庭的呼援终端或家庭座机</translation>
    </message>
    <message numerus="yes">
        <source>%n people share this number: choose who is calling</source>
        <translation>
            <numerusform>%n 人共用此号码：请选择来电人</numerusform>
        </translation>
    </message>
    <message>
        <source>Chosen by the agent</source>
        <translation>由坐席选定</translation>
    </message>
    <message>
        <source>Emergency contact %1 (%2) is calling about this person</source>
        <translation>紧急联系人 %1（%2）为此服务对象来电</translation>
    </message>
    <message>
        <source>An emergency contact is calling about this person</source>
        <translation>紧急联系人为此服务对象来电</translation>
    </message>
</context>
<context>
    <name>safelink::desk::SeatBoardModel</name>
    <message>
        <source>registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>not registered</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>The seat&apos;s phone is not registered: it cannot take calls.</source>
        <translation>该坐席电话未登记：无法接听来电。</translation>
    </message>
    <message numerus="yes">
        <source>A break longer than %n minute(s).</source>
        <translation>
            <numerusform>小休超过 %n 分钟。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrap-up longer than %n minute(s).</source>
        <translation>
            <numerusform>话后处理超过 %n 分钟。</numerusform>
        </translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席员</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>For</source>
        <translation>持续</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
</context>
<context>
    <name>safelink::desk::SeatBoardWindow</name>
    <message>
        <source>Seat board</source>
        <translation>坐席监控</translation>
    </message>
    <message>
        <source>needing attention %1</source>
        <translation>需关注 %1</translation>
    </message>
</context>
<context>
    <name>safelink::desk::SignInDialog</name>
    <message>
        <source>Sign in to the center</source>
        <translation>登录中心服务器</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10:7420</source>
        <translation>例如 192.168.1.10:7420</translation>
    </message>
    <message>
        <source>&amp;Center server</source>
        <translation>中心服务器(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>登录名(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>e.g. 坐席3 (where you sit)</source>
        <translation>例如 坐席3（您所在的座位）</translation>
    </message>
    <message>
        <source>&amp;Seat</source>
        <translation>坐席(&amp;S)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Work without the center</source>
        <translation>不连接中心，先工作</translation>
    </message>
    <message>
        <source>First connection: this seat will remember the center&apos;s key. Compare the fingerprint shown after sign-in with the administrator&apos;s note.</source>
        <translation>首次连接：本坐席将记住中心服务器的密钥。登录后请将显示的指纹与管理员提供的核对。</translation>
    </message>
    <message>
        <source>Trusted center key: %1</source>
        <translation>已信任的中心服务器密钥：%1</translation>
    </message>
    <message>
        <source>Write the server&apos;s address and port, e.g. 192.168.1.10:7420.</source>
        <translation>请填写服务器地址和端口，例如 192.168.1.10:7420。</translation>
    </message>
    <message>
        <source>Type your login.</source>
        <translation>请输入登录名。</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>请输入密码。</translation>
    </message>
</context>
<context>
    <name>safelink::desk::SubjectCard</name>
    <message>
        <source>Find the caller by name, ID number, address or phone:</source>
        <translation>按姓名、身份证号、地址或电话查找来电人：</translation>
    </message>
    <message>
        <source>e.g. 陈桂英, 440104…, 文德路, 138…</source>
        <translation>例如 陈桂英、440104…、文德路、138…</translation>
    </message>
    <message>
        <source>This is the caller</source>
        <translation>就是此人</translation>
    </message>
    <message>
        <source>Show this person&apos;s card (%1)</source>
        <translation>显示此人的档案（%1）</translation>
    </message>
    <message>
        <source>Link the number to this person</source>
        <translation>把号码关联到此人</translation>
    </message>
    <message>
        <source>Save the caller&apos;s number among this person&apos;s phones (%1)</source>
        <translation>把来电号码保存为此人的电话（%1）</translation>
    </message>
    <message>
        <source>No call</source>
        <translation>无通话</translation>
    </message>
    <message>
        <source>%1, %2, %3 — %4</source>
        <translation>%1，%2，%3 — %4</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n 岁</numerusform>
        </translation>
    </message>
    <message>
        <source>age unknown</source>
        <translation>年龄不详</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <source>has a key</source>
        <translation>有钥匙</translation>
    </message>
    <message>
        <source>lives nearby</source>
        <translation>住在附近</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>拨打 %1</translation>
    </message>
    <message>
        <source>Call %1 on %2</source>
        <translation>拨打 %1 的%2</translation>
    </message>
    <message>
        <source>Call %1 on %2 (%3)</source>
        <translation>拨打 %1 的%2（%3）</translation>
    </message>
    <message>
        <source>None recorded — ask the caller.</source>
        <translation>未登记——请询问来电人。</translation>
    </message>
    <message>
        <source>own phone</source>
        <translation>本人电话</translation>
    </message>
    <message>
        <source>alarm terminal / home line</source>
        <translation>呼援终端 / 家庭座机</translation>
    </message>
    <message>
        <source>emergency contact</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <source>shared number</source>
        <translation>共用号码</translation>
    </message>
    <message>
        <source>no number</source>
        <translation>无号码</translation>
    </message>
    <message>
        <source>unknown number</source>
        <translation>未知号码</translation>
    </message>
    <message>
        <source>Access: %1</source>
        <translation>入户：%1</translation>
    </message>
    <message>
        <source>Speaks: %1</source>
        <translation>语言：%1</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>No health notes</source>
        <translation>无健康记录</translation>
    </message>
    <message>
        <source>Medications: %1</source>
        <translation>用药：%1</translation>
    </message>
    <message>
        <source>Allergies: %1</source>
        <translation>过敏：%1</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n year(s))</source>
        <translation>
            <numerusform>%1（%n 岁）</numerusform>
        </translation>
    </message>
    <message>
        <source>Lives with</source>
        <translation>同住</translation>
    </message>
    <message>
        <source>battery %1%</source>
        <translation>电量 %1%</translation>
    </message>
    <message>
        <source>online (%1)</source>
        <translation>在线（%1）</translation>
    </message>
    <message>
        <source>offline since %1</source>
        <translation>离线，最后在线 %1</translation>
    </message>
    <message>
        <source>Terminals</source>
        <translation>终端</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>未结案件</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Last calls</source>
        <translation>最近通话</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务</translation>
    </message>
</context>
<context>
    <name>safelink::desk::SubjectHistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>%1 的历史记录</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>通话</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Filter: any word, e.g. 跌倒, 120, 回访</source>
        <translation>筛选：任意词，例如 跌倒、120、回访</translation>
    </message>
    <message>
        <source>Enter plays a recorded call</source>
        <translation>回车播放有录音的通话</translation>
    </message>
    <message>
        <source>Only recorded calls can be played.</source>
        <translation>只能播放有录音的通话。</translation>
    </message>
</context>
<context>
    <name>safelink::desk::SubjectHistoryModel</name>
    <message>
        <source>talked %1:%2</source>
        <translation>通话 %1:%2</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>有录音</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>safelink::hub::AccountService</name>
    <message>
        <source>A password has at least %1 characters with both letters and digits.</source>
        <translation>密码至少 %1 位，且须同时包含字母和数字。</translation>
    </message>
    <message>
        <source>No such account.</source>
        <translation>账号不存在。</translation>
    </message>
    <message>
        <source>The login or the password is wrong.</source>
        <translation>登录名或密码错误。</translation>
    </message>
    <message>
        <source>Too many failed sign-ins: this account is locked until %1.</source>
        <translation>登录失败次数过多：此账号已锁定至 %1。</translation>
    </message>
    <message>
        <source>This account is disabled; ask an administrator.</source>
        <translation>此账号已停用，请联系管理员。</translation>
    </message>
    <message>
        <source>The session has ended; sign in again.</source>
        <translation>会话已结束，请重新登录。</translation>
    </message>
</context>
<context>
    <name>safelink::hub::AlarmService</name>
    <message>
        <source>The heartbeat interval is 3 to 86400 seconds.</source>
        <translation>心跳间隔为 3 至 86400 秒。</translation>
    </message>
    <message>
        <source>The escalation time is 5 to 3600 seconds.</source>
        <translation>升级时限为 5 至 3600 秒。</translation>
    </message>
    <message>
        <source>%1: again (%2)</source>
        <translation>%1：再次报警（%2）</translation>
    </message>
    <message>
        <source>%1 on terminal %2: check the terminal and the person within 24 hours.</source>
        <translation>终端 %2 %1：请在 24 小时内检查终端并确认服务对象安全。</translation>
    </message>
    <message>
        <source>The terminal is heard again (it was silent since %1).</source>
        <translation>终端已恢复通讯（自 %1 起失联）。</translation>
    </message>
    <message>
        <source>Reported late: the mains came back afterwards.</source>
        <translation>延迟上报：之后外部电源已恢复。</translation>
    </message>
    <message>
        <source>Terminal %1 is not on record (SIP %2); it reported: %3</source>
        <translation>终端 %1 未登记（SIP %2），上报：%3</translation>
    </message>
    <message>
        <source>The terminal withdrew the alarm.</source>
        <translation>终端已撤销报警。</translation>
    </message>
    <message>
        <source>Update: %1</source>
        <translation>更新：%1</translation>
    </message>
    <message>
        <source>No heartbeat since %1.</source>
        <translation>自 %1 起无心跳。</translation>
    </message>
</context>
<context>
    <name>safelink::hub::CallRouter</name>
    <message>
        <source>The number is on the blocked list.</source>
        <translation>该号码在骚扰号码名单中。</translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation>已屏蔽：%1</translation>
    </message>
    <message>
        <source>The call was answered already.</source>
        <translation>该来电已被接听。</translation>
    </message>
    <message>
        <source>Nobody was free for %1 seconds; the caller is called back.</source>
        <translation>%1 秒内无空闲坐席，将回拨来电人。</translation>
    </message>
</context>
<context>
    <name>safelink::hub::CallRouting</name>
    <message>
        <source>The ring time is 5 to 120 seconds.</source>
        <translation>振铃时长为 5 至 120 秒。</translation>
    </message>
    <message>
        <source>The longest wait is 30 to 1800 seconds.</source>
        <translation>最长排队时间为 30 至 1800 秒。</translation>
    </message>
    <message>
        <source>An area code is 0 and two or three digits (020, 0755).</source>
        <translation>区号为 0 加两到三位数字（如 020、0755）。</translation>
    </message>
    <message>
        <source>Only supervisors keep the blocked list.</source>
        <translation>只有班长可以维护骚扰号码名单。</translation>
    </message>
    <message>
        <source>This number is not on the blocked list.</source>
        <translation>该号码不在骚扰号码名单中。</translation>
    </message>
    <message>
        <source>The call&apos;s Call-ID is missing or not printable.</source>
        <translation>来电的 Call-ID 缺失或含不可打印字符。</translation>
    </message>
    <message>
        <source>The caller is missing or not printable.</source>
        <translation>主叫号码缺失或含不可打印字符。</translation>
    </message>
    <message>
        <source>The dialled number is not printable.</source>
        <translation>被叫号码含不可打印字符。</translation>
    </message>
    <message>
        <source>Which seat answered is missing.</source>
        <translation>缺少接听坐席。</translation>
    </message>
    <message>
        <source>Which seat did not answer is missing.</source>
        <translation>缺少未接听的坐席。</translation>
    </message>
    <message>
        <source>A SIP status from 300 to 699.</source>
        <translation>SIP 状态码应为 300 至 699。</translation>
    </message>
    <message>
        <source>The event is answered, failed, cancelled or ended.</source>
        <translation>事件应为 answered、failed、cancelled 或 ended。</translation>
    </message>
    <message>
        <source>hung up after waiting %1 s</source>
        <translation>等待 %1 秒后挂断</translation>
    </message>
    <message>
        <source>nobody was free for %1 s</source>
        <translation>%1 秒内无空闲坐席</translation>
    </message>
    <message>
        <source>the line dropped after %1 s</source>
        <translation>%1 秒后线路中断</translation>
    </message>
    <message>
        <source>Call back %1: the call was not answered (%2).</source>
        <translation>请回拨 %1：来电未接通（%2）。</translation>
    </message>
    <message>
        <source>Call back %1 (%2): the call was not answered (%3).</source>
        <translation>请回拨 %1（%2）：来电未接通（%3）。</translation>
    </message>
</context>
<context>
    <name>safelink::hub::DeviceEvents</name>
    <message>
        <source>This field is required.</source>
        <translation>此项为必填项。</translation>
    </message>
    <message>
        <source>Expected text.</source>
        <translation>应为文本。</translation>
    </message>
    <message>
        <source>Expected a number.</source>
        <translation>应为数值。</translation>
    </message>
    <message>
        <source>Expected an object.</source>
        <translation>应为对象。</translation>
    </message>
    <message>
        <source>Must not be empty.</source>
        <translation>不能为空。</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>最多 %1 个字符。</translation>
    </message>
    <message>
        <source>This token belongs to another device.</source>
        <translation>此令牌属于另一台设备。</translation>
    </message>
    <message>
        <source>Unknown event type &quot;%1&quot;; expected one of sos, fall, low_battery, power_lost, power_restored, heartbeat, removed.</source>
        <translation>未知事件类型“%1”；应为 sos、fall、low_battery、power_lost、power_restored、heartbeat、removed 之一。</translation>
    </message>
    <message>
        <source>Expected a time in ISO 8601 with a time zone, such as 2026-11-23T08:15:30+08:00.</source>
        <translation>应为带时区的 ISO 8601 时间，例如 2026-11-23T08:15:30+08:00。</translation>
    </message>
    <message>
        <source>A latitude is a number from -90 to 90.</source>
        <translation>纬度为 -90 至 90 之间的数值。</translation>
    </message>
    <message>
        <source>A longitude is a number from -180 to 180.</source>
        <translation>经度为 -180 至 180 之间的数值。</translation>
    </message>
    <message>
        <source>The accuracy is a number of metres, not negative.</source>
        <translation>精度为以米计的非负数值。</translation>
    </message>
    <message>
        <source>The position source is gps or cell.</source>
        <translation>定位来源为 gps 或 cell。</translation>
    </message>
    <message>
        <source>The battery level is a whole number from 0 to 100.</source>
        <translation>电量为 0 至 100 之间的整数。</translation>
    </message>
    <message>
        <source>There is no device with this id.</source>
        <translation>不存在此编号的设备。</translation>
    </message>
    <message>
        <source>This device has no token.</source>
        <translation>此设备没有令牌。</translation>
    </message>
    <message>
        <source>The device token is unknown or was revoked.</source>
        <translation>设备令牌未知或已被吊销。</translation>
    </message>
</context>
<context>
    <name>safelink::hub::HttpApi</name>
    <message>
        <source>The body is not valid JSON (%1).</source>
        <translation>请求体不是有效的 JSON（%1）。</translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation>请求体必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>此项为必填项。</translation>
    </message>
    <message>
        <source>Expected text.</source>
        <translation>应为文本。</translation>
    </message>
    <message>
        <source>Sign in first: send the header Authorization: Bearer &lt;token&gt;.</source>
        <translation>请先登录：发送请求头 Authorization: Bearer &lt;令牌&gt;。</translation>
    </message>
    <message>
        <source>Send the device&apos;s token in the header Authorization: Device &lt;token&gt;.</source>
        <translation>请在请求头 Authorization: Device &lt;令牌&gt; 中发送设备令牌。</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>您的角色无权执行此操作。</translation>
    </message>
    <message>
        <source>There is nothing at this address.</source>
        <translation>此地址没有内容。</translation>
    </message>
    <message>
        <source>There is no person with this id.</source>
        <translation>不存在此编号的人员。</translation>
    </message>
    <message>
        <source>There is no case with this id.</source>
        <translation>不存在此编号的个案。</translation>
    </message>
    <message>
        <source>There is no device with this id.</source>
        <translation>不存在此编号的设备。</translation>
    </message>
    <message>
        <source>This address does not accept %1; it accepts %2.</source>
        <translation>此地址不接受 %1；只接受 %2。</translation>
    </message>
    <message>
        <source>The request body is larger than %1 KiB.</source>
        <translation>请求体超过 %1 KiB。</translation>
    </message>
    <message>
        <source>The request headers are larger than %1 KiB.</source>
        <translation>请求头超过 %1 KiB。</translation>
    </message>
    <message>
        <source>Send an Idempotency-Key header: a value made once for this case and sent again unchanged when the request is retried.</source>
        <translation>请发送 Idempotency-Key 请求头：为该个案生成一次的值，重试请求时原样再发送。</translation>
    </message>
    <message>
        <source>An Idempotency-Key is 1 to 200 printable ASCII characters.</source>
        <translation>Idempotency-Key 为 1 至 200 个可打印 ASCII 字符。</translation>
    </message>
    <message>
        <source>This Idempotency-Key was already used for another record.</source>
        <translation>此 Idempotency-Key 已用于另一条记录。</translation>
    </message>
    <message>
        <source>A whole number from 1 to %1.</source>
        <translation>1 至 %1 之间的整数。</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;; expected open, follow_up or closed.</source>
        <translation>未知状态“%1”；应为 open、follow_up 或 closed。</translation>
    </message>
    <message>
        <source>The hub could not complete the request; the reason is in its log.</source>
        <translation>中心服务器无法完成请求；原因见其日志。</translation>
    </message>
    <message>
        <source>The hub&apos;s database is not available.</source>
        <translation>中心服务器的数据库不可用。</translation>
    </message>
    <message>
        <source>The HTTP API cannot listen on %1 port %2: %3</source>
        <translation>HTTP 接口无法在 %1 的端口 %2 上监听：%3</translation>
    </message>
    <message>
        <source>Send the SIP proxy&apos;s routing token: &quot;Authorization: Route &lt;token&gt;&quot; (safelink-hub routing).</source>
        <translation>请发送 SIP 代理的路由令牌：&quot;Authorization: Route &lt;token&gt;&quot;（见 safelink-hub routing）。</translation>
    </message>
    <message>
        <source>Call routing is not running on this hub.</source>
        <translation>本中心服务器未运行呼叫路由。</translation>
    </message>
</context>
<context>
    <name>safelink::hub::HubCli</name>
    <message>
        <source>Create or upgrade the hub database in a data folder.</source>
        <translation>在数据目录中创建或升级中心数据库。</translation>
    </message>
    <message>
        <source>Fill a new data folder with a realistic demo center.</source>
        <translation>在新的数据目录中生成一个仿真演示中心。</translation>
    </message>
    <message>
        <source>Show the schema version and record counts of a data folder.</source>
        <translation>显示数据目录的数据库版本和记录数。</translation>
    </message>
    <message>
        <source>The hub&apos;s data folder.</source>
        <translation>中心服务器的数据目录。</translation>
    </message>
    <message>
        <source>Usage: safelink-hub &lt;command&gt; [options]</source>
        <translation>用法：safelink-hub &lt;命令&gt; [选项]</translation>
    </message>
    <message>
        <source>The coordination server of a Safelink center.</source>
        <translation>Safelink 服务中心的协调服务器。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>Show this help, or a command&apos;s help after the command.</source>
        <translation>显示本帮助；写在命令之后则显示该命令的帮助。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>Give the data folder with --data.</source>
        <translation>请用 --data 指定数据目录。</translation>
    </message>
    <message>
        <source>Schema is at version %1.</source>
        <translation>数据库结构版本为 %1。</translation>
    </message>
    <message>
        <source>How many subjects (default 3000).</source>
        <translation>服务对象人数（默认 3000）。</translation>
    </message>
    <message>
        <source>Random seed; the same seed makes the same center.</source>
        <translation>随机种子；相同种子生成相同的中心数据。</translation>
    </message>
    <message>
        <source>--subjects must be a number from 1 to 1000000.</source>
        <translation>--subjects 必须是 1 至 1000000 之间的数字。</translation>
    </message>
    <message>
        <source>--seed must be a whole number.</source>
        <translation>--seed 必须是整数。</translation>
    </message>
    <message>
        <source>The data folder already holds subjects; demo data goes only into a new one.</source>
        <translation>数据目录中已有服务对象；演示数据只能写入新的数据目录。</translation>
    </message>
    <message>
        <source>Demo center created in %1 s: %2 subjects, %3 households, %4 devices, %5 resources, %6 articles, %7 cases, %8 calls, %9 work orders.</source>
        <translation>演示中心已生成，用时 %1 秒：服务对象 %2 人，住户 %3 户，设备 %4 台，服务资源 %5 个，知识库文章 %6 篇，个案 %7 宗，通话 %8 次，工单 %9 张。</translation>
    </message>
    <message>
        <source>Schema version: %1 (this program: %2)</source>
        <translation>数据库结构版本：%1（本程序：%2）</translation>
    </message>
    <message>
        <source>Subjects: %1</source>
        <translation>服务对象：%1</translation>
    </message>
    <message>
        <source>Devices: %1</source>
        <translation>设备：%1</translation>
    </message>
    <message>
        <source>Cases: %1</source>
        <translation>个案：%1</translation>
    </message>
    <message>
        <source>Create a data folder: database, key pair, first administrator.</source>
        <translation>创建数据目录：数据库、密钥对和首个管理员。</translation>
    </message>
    <message>
        <source>Run the hub: seats connect, sync and write through it.</source>
        <translation>运行中心服务器：坐席通过它连接、同步和写入。</translation>
    </message>
    <message>
        <source>Add an account (agent, supervisor, admin, auditor).</source>
        <translation>添加账号（坐席、班长、管理员、审计员）。</translation>
    </message>
    <message>
        <source>Import subjects from the previous operator&apos;s spreadsheet (CSV or .xlsx).</source>
        <translation>从原运营方的表格导入服务对象（CSV 或 .xlsx）。</translation>
    </message>
    <message>
        <source>Export subjects by region and condition to a CSV file.</source>
        <translation>按区域和条件将服务对象导出为 CSV 文件。</translation>
    </message>
    <message>
        <source>Write a consistent copy of the hub database to a file.</source>
        <translation>将中心数据库的一致副本写入文件。</translation>
    </message>
    <message>
        <source>Replace a stopped hub&apos;s database with a backup; the old one is kept.</source>
        <translation>用备份替换已停止的中心服务器数据库；原数据库会保留。</translation>
    </message>
    <message>
        <source>The backup file to write (must not exist).</source>
        <translation>要写入的备份文件（不能已存在）。</translation>
    </message>
    <message>
        <source>Give the backup file with --to.</source>
        <translation>请用 --to 指定备份文件。</translation>
    </message>
    <message>
        <source>%1 exists already; a backup never overwrites a file.</source>
        <translation>%1 已存在；备份不会覆盖已有文件。</translation>
    </message>
    <message>
        <source>There is no hub database in %1.</source>
        <translation>%1 中没有中心数据库。</translation>
    </message>
    <message>
        <source>Backup written to %1 (%2 MB).</source>
        <translation>备份已写入 %1（%2 MB）。</translation>
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation>要恢复的备份文件。</translation>
    </message>
    <message>
        <source>Give the data folder with --data and the backup with --from.</source>
        <translation>请用 --data 指定数据目录，用 --from 指定备份文件。</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>备份文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The hub is running on %1; stop it before restoring.</source>
        <translation>中心服务器正在使用 %1；请先停止再恢复。</translation>
    </message>
    <message>
        <source>Cannot copy %1 into %2.</source>
        <translation>无法将 %1 复制到 %2。</translation>
    </message>
    <message>
        <source>it holds no Safelink data</source>
        <translation>其中没有 Safelink 数据</translation>
    </message>
    <message>
        <source>it was written by a newer Safelink (schema %1)</source>
        <translation>它由更新版本的 Safelink 写入（结构版本 %1）</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2. Nothing was changed.</source>
        <translation>无法恢复 %1：%2。未作任何改动。</translation>
    </message>
    <message>
        <source>Cannot move the current database aside; nothing was changed.</source>
        <translation>无法移开当前数据库；未作任何改动。</translation>
    </message>
    <message>
        <source>Cannot put the backup in place.</source>
        <translation>无法将备份放到位。</translation>
    </message>
    <message>
        <source>Restored %1 into %2.</source>
        <translation>已将 %1 恢复到 %2。</translation>
    </message>
    <message>
        <source>The previous database was kept as %1.</source>
        <translation>原数据库已保留为 %1。</translation>
    </message>
    <message>
        <source>Cannot read the password file %1.</source>
        <translation>无法读取密码文件 %1。</translation>
    </message>
    <message>
        <source>No terminal to ask for the password: use --password-file.</source>
        <translation>没有终端可输入密码：请使用 --password-file。</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>No password was typed.</source>
        <translation>未输入密码。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not ADDRESS:PORT (such as 0.0.0.0:7420).</source>
        <translation>“%1”不是 地址:端口 格式（例如 0.0.0.0:7420）。</translation>
    </message>
    <message>
        <source>Login of the first administrator (default admin).</source>
        <translation>首个管理员的登录名（默认 admin）。</translation>
    </message>
    <message>
        <source>Read the administrator&apos;s password from this file instead of asking.</source>
        <translation>从此文件读取管理员密码，而不是交互输入。</translation>
    </message>
    <message>
        <source>%1 is already set up; init only prepares a new data folder.</source>
        <translation>%1 已初始化；init 只用于准备新的数据目录。</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; exists and is not an administrator.</source>
        <translation>账号“%1”已存在且不是管理员。</translation>
    </message>
    <message>
        <source>Data folder %1 is ready; administrator &quot;%2&quot; created.</source>
        <translation>数据目录 %1 已就绪；已创建管理员“%2”。</translation>
    </message>
    <message>
        <source>Hub key fingerprint (seats compare it on first connection):</source>
        <translation>中心服务器密钥指纹（坐席首次连接时核对）：</translation>
    </message>
    <message>
        <source>The new account&apos;s login.</source>
        <translation>新账号的登录名。</translation>
    </message>
    <message>
        <source>The person&apos;s name as shown.</source>
        <translation>显示的姓名。</translation>
    </message>
    <message>
        <source>agent, supervisor, admin or auditor (repeatable).</source>
        <translation>agent、supervisor、admin 或 auditor（可重复）。</translation>
    </message>
    <message>
        <source>A language or dialect spoken (repeatable).</source>
        <translation>会说的语言或方言（可重复）。</translation>
    </message>
    <message>
        <source>Read the password from this file.</source>
        <translation>从此文件读取密码。</translation>
    </message>
    <message>
        <source>Add an account.</source>
        <translation>添加账号。</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;; use agent, supervisor, admin or auditor.</source>
        <translation>未知角色“%1”；请使用 agent、supervisor、admin 或 auditor。</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; created.</source>
        <translation>已创建账号“%1”。</translation>
    </message>
    <message>
        <source>Address and port for the seats (default 0.0.0.0:7420).</source>
        <translation>供坐席连接的地址和端口（默认 0.0.0.0:7420）。</translation>
    </message>
    <message>
        <source>Run the hub.</source>
        <translation>运行中心服务器。</translation>
    </message>
    <message>
        <source>Cannot take %1: another hub runs on it, or it does not exist.</source>
        <translation>无法使用 %1：另一个中心服务器正在使用，或该目录不存在。</translation>
    </message>
    <message>
        <source>Run safelink-hub init --data %1 first.</source>
        <translation>请先运行 safelink-hub init --data %1。</translation>
    </message>
    <message>
        <source>Hub listening for seats on %1:%2</source>
        <translation>中心服务器正在 %1:%2 等待坐席连接</translation>
    </message>
    <message>
        <source>Key fingerprint: %1</source>
        <translation>密钥指纹：%1</translation>
    </message>
    <message>
        <source>The data folder %1 does not exist.</source>
        <translation>数据目录 %1 不存在。</translation>
    </message>
    <message>
        <source>Read a column as a field, such as 老人名字=name or 子女电话=contactPhone2 (repeatable; the field &quot;ignore&quot; skips a column).</source>
        <translation>将某列作为指定字段读取，例如 老人名字=name 或 子女电话=contactPhone2（可重复；字段“ignore”表示跳过该列）。</translation>
    </message>
    <message>
        <source>Import nothing when any row is bad.</source>
        <translation>只要有一行有误就全部不导入。</translation>
    </message>
    <message>
        <source>The text encoding of a CSV file: auto, utf-8 or gbk.</source>
        <translation>CSV 文件的文本编码：auto、utf-8 或 gbk。</translation>
    </message>
    <message>
        <source>The area code of local fixed-line numbers written without one.</source>
        <translation>未写区号的本地固话所用的区号。</translation>
    </message>
    <message>
        <source>The spreadsheet to import (.csv or .xlsx).</source>
        <translation>要导入的表格（.csv 或 .xlsx）。</translation>
    </message>
    <message>
        <source>Import subjects from the previous operator&apos;s spreadsheet (CSV or .xlsx with Chinese column names). Bad rows are listed with their line numbers; the good ones are imported.</source>
        <translation>从原运营方的表格导入服务对象（CSV 或使用中文列名的 .xlsx）。有误的行会列出行号；正确的行会被导入。</translation>
    </message>
    <message>
        <source>Give the file to import.</source>
        <translation>请指定要导入的文件。</translation>
    </message>
    <message>
        <source>--map needs a column and a field, such as 老人名字=name; &quot;%1&quot; is not one.</source>
        <translation>--map 需要列名和字段，例如 老人名字=name；“%1”不符合。</translation>
    </message>
    <message>
        <source>--encoding must be auto, utf-8 or gbk.</source>
        <translation>--encoding 必须是 auto、utf-8 或 gbk。</translation>
    </message>
    <message>
        <source>warning: line %1: %2</source>
        <translation>警告：第 %1 行：%2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>%1: rows read %2, imported %3, imported before %4, rejected %5.</source>
        <translation>%1：读取 %2 行，导入 %3 行，此前已导入 %4 行，拒绝 %5 行。</translation>
    </message>
    <message>
        <source>Nothing was imported: with --all-or-nothing every row must be good.</source>
        <translation>未导入任何数据：使用 --all-or-nothing 时每一行都必须正确。</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>要写入的 CSV 文件。</translation>
    </message>
    <message>
        <source>Only subjects whose region code starts with these digits (4401, 440104001).</source>
        <translation>只导出行政区划代码以这些数字开头的服务对象（如 4401、440104001）。</translation>
    </message>
    <message>
        <source>Only subjects with this value (repeatable): category, status, careTier, disabilityLevel, fundingSequence, sex, street, community, district, ageMin, ageMax; such as category=低保 or status=在册|暂停.</source>
        <translation>只导出符合此条件的服务对象（可重复）：category、status、careTier、disabilityLevel、fundingSequence、sex、street、community、district、ageMin、ageMax；例如 category=低保 或 status=在册|暂停。</translation>
    </message>
    <message>
        <source>Export subjects by region and condition to a CSV file that Excel opens and import-subjects reads back.</source>
        <translation>按区域和条件将服务对象导出为 CSV 文件，可用 Excel 打开，也可由 import-subjects 读回。</translation>
    </message>
    <message>
        <source>Give the file to write with --to.</source>
        <translation>请用 --to 指定要写入的文件。</translation>
    </message>
    <message>
        <source>--where needs a key and a value, such as category=低保; &quot;%1&quot; is not one.</source>
        <translation>--where 需要条件名和取值，例如 category=低保；“%1”不符合。</translation>
    </message>
    <message numerus="yes">
        <source>%n subject(s) exported to %1.</source>
        <translation>
            <numerusform>已将 %n 名服务对象导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Issue the token a terminal sends with its events.</source>
        <translation>签发终端上报事件时使用的令牌。</translation>
    </message>
    <message>
        <source>The device&apos;s record id.</source>
        <translation>设备的记录编号。</translation>
    </message>
    <message>
        <source>Issue the token a terminal sends with its events (shown once).</source>
        <translation>签发终端上报事件时使用的令牌（只显示一次）。</translation>
    </message>
    <message>
        <source>Give the device with --device.</source>
        <translation>请用 --device 指定设备。</translation>
    </message>
    <message>
        <source>Address and port of the HTTP API for terminals and other systems (default 0.0.0.0:7421; &quot;off&quot; for none).</source>
        <translation>供终端和其他系统使用的 HTTP 接口地址和端口（默认 0.0.0.0:7421；“off”表示不启用）。</translation>
    </message>
    <message>
        <source>HTTP API on %1:%2</source>
        <translation>HTTP 接口位于 %1:%2</translation>
    </message>
    <message>
        <source>%1 has a hub.conf: its database is not a file here. Restore a PostgreSQL database with pg_restore.</source>
        <translation>%1 中有 hub.conf：其数据库不是此处的文件。请用 pg_restore 恢复 PostgreSQL 数据库。</translation>
    </message>
    <message>
        <source>List, export or delete call recordings; show or change what is allowed.</source>
        <translation>列出、导出或删除通话录音；查看或更改允许的操作。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Usage: safelink-hub recordings &lt;list|export|delete|policy&gt; [options]</source>
        <translation>用法：safelink-hub recordings &lt;list|export|delete|policy&gt; [选项]</translation>
    </message>
    <message>
        <source>The call recordings this hub keeps, encrypted with its recording key. They are evidence: unless the center&apos;s policy allows it, they can be neither deleted nor exported.</source>
        <translation>本中心服务器保存的通话录音，以录音密钥加密。录音是证据：除非中心策略允许，既不能删除也不能导出。</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>子命令：</translation>
    </message>
    <message>
        <source>List recordings, newest call first.</source>
        <translation>列出录音，最新的通话在前。</translation>
    </message>
    <message>
        <source>Write a recording as a WAV file, when the policy allows exports.</source>
        <translation>将录音写成 WAV 文件（需策略允许导出）。</translation>
    </message>
    <message>
        <source>Delete a recording, when the policy allows deletion.</source>
        <translation>删除录音（需策略允许删除）。</translation>
    </message>
    <message>
        <source>Show or change whether recordings may be deleted or exported.</source>
        <translation>查看或更改录音是否可以删除或导出。</translation>
    </message>
    <message>
        <source>Run &quot;safelink-hub recordings &lt;subcommand&gt; --help&quot; for its options.</source>
        <translation>运行“safelink-hub recordings &lt;子命令&gt; --help”查看其选项。</translation>
    </message>
    <message>
        <source>Only the recording of this call (SIP Call-ID).</source>
        <translation>只列出此通话的录音（SIP Call-ID）。</translation>
    </message>
    <message>
        <source>Only recordings made at this seat.</source>
        <translation>只列出在此坐席录制的录音。</translation>
    </message>
    <message>
        <source>Only calls on or after this day (YYYY-MM-DD).</source>
        <translation>只列出此日期及之后的通话（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Only calls on or before this day (YYYY-MM-DD).</source>
        <translation>只列出此日期及之前的通话（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Also list deleted recordings.</source>
        <translation>同时列出已删除的录音。</translation>
    </message>
    <message>
        <source>At most this many (default 100).</source>
        <translation>最多列出这么多条（默认 100）。</translation>
    </message>
    <message>
        <source>--%1 must be a day such as 2026-11-23.</source>
        <translation>--%1 必须是日期，例如 2026-11-23。</translation>
    </message>
    <message>
        <source>--limit must be a number from 1 to 100000.</source>
        <translation>--limit 必须是 1 到 100000 之间的数字。</translation>
    </message>
    <message>
        <source>No recordings.</source>
        <translation>没有录音。</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>录音</translation>
    </message>
    <message>
        <source>Call started</source>
        <translation>通话开始</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>(deleted %1 by %2)</source>
        <translation>（%1 由 %2 删除）</translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s).</source>
        <translation>
            <numerusform>共 %n 条录音。</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the recording&apos;s id.</source>
        <translation>请指定录音编号。</translation>
    </message>
    <message>
        <source>The WAV file to write (must not exist).</source>
        <translation>要写入的 WAV 文件（不得已存在）。</translation>
    </message>
    <message>
        <source>The recording&apos;s id, as listed.</source>
        <translation>录音编号（与列表中一致）。</translation>
    </message>
    <message>
        <source>Write a recording as a WAV file, when the policy allows exports. The export is recorded in the audit log.</source>
        <translation>将录音写成 WAV 文件（需策略允许导出）。导出操作会记入审计日志。</translation>
    </message>
    <message>
        <source>Give the data folder with --data and the file to write with --out.</source>
        <translation>请用 --data 指定数据目录，用 --out 指定要写入的文件。</translation>
    </message>
    <message>
        <source>Recording %1 exported to %2 (%3).</source>
        <translation>录音 %1 已导出到 %2（%3）。</translation>
    </message>
    <message>
        <source>Delete a recording, when the policy allows deletion. Its entry stays in the list of deleted recordings, with who deleted it.</source>
        <translation>删除录音（需策略允许删除）。其条目会保留在已删除录音列表中，并注明删除人。</translation>
    </message>
    <message>
        <source>Recording %1 deleted.</source>
        <translation>录音 %1 已删除。</translation>
    </message>
    <message>
        <source>Whether recordings may be deleted: yes or no.</source>
        <translation>是否允许删除录音：yes 或 no。</translation>
    </message>
    <message>
        <source>Whether recordings may be exported: yes or no.</source>
        <translation>是否允许导出录音：yes 或 no。</translation>
    </message>
    <message>
        <source>Show or change whether recordings may be deleted or exported. Both are refused until an administrator allows them; every change is recorded in the audit log.</source>
        <translation>查看或更改录音是否可以删除或导出。在管理员允许之前两者均被拒绝；每次更改都会记入审计日志。</translation>
    </message>
    <message>
        <source>--%1 must be yes or no.</source>
        <translation>--%1 必须是 yes 或 no。</translation>
    </message>
    <message>
        <source>Policy changed.</source>
        <translation>策略已更改。</translation>
    </message>
    <message>
        <source>Recordings may be deleted: %1</source>
        <translation>允许删除录音：%1</translation>
    </message>
    <message>
        <source>Recordings may be exported: %1</source>
        <translation>允许导出录音：%1</translation>
    </message>
    <message>
        <source>Give a subcommand: list, export, delete or policy.</source>
        <translation>请指定子命令：list、export、delete 或 policy。</translation>
    </message>
    <message>
        <source>Unknown subcommand &quot;%1&quot;.</source>
        <translation>未知子命令“%1”。</translation>
    </message>
    <message>
        <source>Recording key (%1): keep a copy of it in a safe place; without it no recording can be played.</source>
        <translation>录音密钥（%1）：请在安全的地方保存一份副本；没有它，任何录音都无法播放。</translation>
    </message>
    <message>
        <source>Call recordings cannot be stored until this is fixed; seats keep them meanwhile.</source>
        <translation>在此问题解决之前无法保存通话录音；在此期间录音保留在各坐席。</translation>
    </message>
    <message>
        <source>Created the recording key %1; keep a copy of it in a safe place.</source>
        <translation>已创建录音密钥 %1；请在安全的地方保存一份副本。</translation>
    </message>
    <message>
        <source>Recording key fingerprint: %1</source>
        <translation>录音密钥指纹：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Configure a seat&apos;s phone line or the center&apos;s SIP proxy.</source>
        <translation>配置坐席的电话线路或中心的 SIP 代理。</translation>
    </message>
    <message>
        <source>The seat&apos;s name, as desks sign in with it (坐席3).</source>
        <translation>坐席名称，与坐席端登录时填写的一致（坐席3）。</translation>
    </message>
    <message>
        <source>The seat&apos;s extension at the SIP proxy.</source>
        <translation>坐席在 SIP 代理上的分机号。</translation>
    </message>
    <message>
        <source>Read the extension&apos;s password from this file (else asked).</source>
        <translation>从此文件读取分机密码（否则询问）。</translation>
    </message>
    <message>
        <source>A supervisor&apos;s seat.</source>
        <translation>班长坐席。</translation>
    </message>
    <message>
        <source>The center&apos;s SIP proxy for every seat, sip:HOST:PORT.</source>
        <translation>全部坐席使用的中心 SIP 代理，sip:主机:端口。</translation>
    </message>
    <message>
        <source>Configure a seat&apos;s phone line (name, extension, password) or the center&apos;s SIP proxy.</source>
        <translation>配置坐席的电话线路（名称、分机、密码）或中心的 SIP 代理。</translation>
    </message>
    <message>
        <source>Give --name and --sip-user for a seat, or --sip-proxy for the center.</source>
        <translation>配置坐席请给出 --name 和 --sip-user，配置中心请给出 --sip-proxy。</translation>
    </message>
    <message>
        <source>Give the seat&apos;s extension with --sip-user.</source>
        <translation>请用 --sip-user 给出坐席分机号。</translation>
    </message>
    <message>
        <source>The center&apos;s SIP proxy is %1.</source>
        <translation>中心 SIP 代理为 %1。</translation>
    </message>
    <message>
        <source>Seat &quot;%1&quot; uses extension %2.</source>
        <translation>坐席“%1”使用分机 %2。</translation>
    </message>
    <message>
        <source>Set the center&apos;s map tiles: a tile server&apos;s address or an MBTiles file.</source>
        <translation>设置中心地图底图：瓦片服务器地址或 MBTiles 文件。</translation>
    </message>
    <message>
        <source>A tile server&apos;s address with {z}, {x} and {y} (http://192.168.1.20/tiles/{z}/{x}/{y}.png).</source>
        <translation>瓦片服务器地址，包含 {z}、{x}、{y}（如 http://192.168.1.20/tiles/{z}/{x}/{y}.png）。</translation>
    </message>
    <message>
        <source>An MBTiles file the hub serves to the seats itself.</source>
        <translation>由中心服务器直接向各坐席提供的 MBTiles 文件。</translation>
    </message>
    <message>
        <source>The tiles are WGS-84 (OpenStreetMap, 天地图), not GCJ-02.</source>
        <translation>底图为 WGS-84 坐标（OpenStreetMap、天地图），而非 GCJ-02。</translation>
    </message>
    <message>
        <source>The tiles&apos; highest zoom level (18).</source>
        <translation>底图最高缩放级别（默认 18）。</translation>
    </message>
    <message>
        <source>The map data&apos;s credit line.</source>
        <translation>地图数据署名。</translation>
    </message>
    <message>
        <source>No basemap: seats draw the points on a grid.</source>
        <translation>不用底图：坐席在经纬网格上标点。</translation>
    </message>
    <message>
        <source>Set the map tiles of every seat: a tile server on the LAN, an MBTiles file served by the hub, or none.</source>
        <translation>设置所有坐席的地图底图：局域网瓦片服务器、中心服务器提供的 MBTiles 文件，或不用底图。</translation>
    </message>
    <message>
        <source>Give one of --tiles, --mbtiles or --off.</source>
        <translation>请指定 --tiles、--mbtiles 或 --off 之一。</translation>
    </message>
    <message>
        <source>--max-zoom is a whole number.</source>
        <translation>--max-zoom 须为整数。</translation>
    </message>
    <message>
        <source>Seats get the new map when they next sign in.</source>
        <translation>各坐席下次登录时使用新底图。</translation>
    </message>
    <message>
        <source>Call routing: the SIP proxy&apos;s token, ring time, longest wait, area code.</source>
        <translation>呼叫路由：SIP 代理令牌、振铃时长、最长排队时间、区号。</translation>
    </message>
    <message>
        <source>The harassment list: block or unblock a number, list them.</source>
        <translation>骚扰号码名单：屏蔽、解除屏蔽、列出号码。</translation>
    </message>
    <message>
        <source>Alarm handling: terminals&apos; heartbeat interval, escalation to supervisors.</source>
        <translation>报警处理：终端心跳间隔、升级至班长的时限。</translation>
    </message>
</context>
<context>
    <name>safelink::hub::HubServer</name>
    <message>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>The hub does not accept %1 messages.</source>
        <translation>中心服务器不接受 %1 消息。</translation>
    </message>
    <message>
        <source>This hub cannot store call recordings now (no recording key).</source>
        <translation>中心服务器目前无法保存通话录音（没有录音密钥）。</translation>
    </message>
    <message>
        <source>Recording piece out of order; start the upload again.</source>
        <translation>录音数据顺序错误，请重新上传。</translation>
    </message>
    <message>
        <source>The uploaded file holds another recording than announced.</source>
        <translation>上传的文件与声明的录音不符。</translation>
    </message>
    <message>
        <source>Only supervisors and administrators read the history of this kind of record.</source>
        <translation>只有班长和管理员可以查看此类记录的修改历史。</translation>
    </message>
</context>
<context>
    <name>safelink::hub::MapTiles</name>
    <message>
        <source>Tile coordinates are whole numbers.</source>
        <translation>瓦片坐标须为整数。</translation>
    </message>
    <message>
        <source>The highest zoom level is between 1 and 22.</source>
        <translation>最高缩放级别须在 1 到 22 之间。</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not an MBTiles file: %2</source>
        <translation>%1 不是 MBTiles 文件：%2</translation>
    </message>
    <message>
        <source>it has no tiles table</source>
        <translation>没有 tiles 表</translation>
    </message>
    <message>
        <source>it holds no tiles</source>
        <translation>其中没有瓦片</translation>
    </message>
    <message>
        <source>its tiles are &quot;%1&quot;; the map shows png, jpg or webp</source>
        <translation>其瓦片格式为“%1”；地图只能显示 png、jpg 或 webp</translation>
    </message>
    <message>
        <source>There is no tile %1/%2/%3.</source>
        <translation>没有瓦片 %1/%2/%3。</translation>
    </message>
    <message>
        <source>This center&apos;s hub serves no map tiles.</source>
        <translation>本中心服务器未提供地图瓦片。</translation>
    </message>
</context>
<context>
    <name>safelink::hub::RecordingArchive</name>
    <message>
        <source>There is no recording %1.</source>
        <translation>录音 %1 不存在。</translation>
    </message>
    <message>
        <source>The recording %1 was deleted on %2 by %3.</source>
        <translation>录音 %1 已于 %2 被 %3 删除。</translation>
    </message>
    <message>
        <source>This account may not upload recordings.</source>
        <translation>此账号无权上传录音。</translation>
    </message>
    <message>
        <source>The hub has no recording key; recordings cannot be stored.</source>
        <translation>中心服务器没有录音密钥，无法保存录音。</translation>
    </message>
    <message>
        <source>A different recording is already stored as %1; the new one was not stored.</source>
        <translation>编号 %1 下已保存了另一段录音；新的录音未保存。</translation>
    </message>
    <message>
        <source>Cannot read the received recording %1: %2</source>
        <translation>无法读取收到的录音 %1：%2</translation>
    </message>
    <message>
        <source>Cannot store the recording %1: %2</source>
        <translation>无法保存录音 %1：%2</translation>
    </message>
    <message>
        <source>The recording %1 changed while it was being stored.</source>
        <translation>录音 %1 在保存过程中发生了变化。</translation>
    </message>
    <message>
        <source>This account may not list recordings.</source>
        <translation>此账号无权查看录音列表。</translation>
    </message>
    <message>
        <source>This account may not play recordings.</source>
        <translation>此账号无权播放录音。</translation>
    </message>
    <message>
        <source>The file of the recording %1 is not the one that was stored.</source>
        <translation>录音 %1 的文件不是当初保存的那个文件。</translation>
    </message>
    <message>
        <source>This center does not allow recordings to be exported; an administrator can change that.</source>
        <translation>本中心不允许导出录音；管理员可以更改此设置。</translation>
    </message>
    <message>
        <source>This account may not export recordings.</source>
        <translation>此账号无权导出录音。</translation>
    </message>
    <message>
        <source>%1 exists already; an export never overwrites a file.</source>
        <translation>%1 已存在；导出不会覆盖任何文件。</translation>
    </message>
    <message>
        <source>This center does not allow recordings to be deleted; they are kept as evidence. An administrator can change that.</source>
        <translation>本中心不允许删除录音，录音作为证据保存。管理员可以更改此设置。</translation>
    </message>
    <message>
        <source>Only an administrator may delete recordings.</source>
        <translation>只有管理员可以删除录音。</translation>
    </message>
    <message>
        <source>The recording %1 is marked deleted, but its file %2 could not be removed.</source>
        <translation>录音 %1 已标记为删除，但其文件 %2 无法移除。</translation>
    </message>
    <message>
        <source>Only an administrator may change what is allowed with recordings.</source>
        <translation>只有管理员可以更改录音的允许操作。</translation>
    </message>
</context>
<context>
    <name>safelink::hub::RoutingText</name>
    <message>
        <source>The hub&apos;s data folder.</source>
        <translation>中心服务器的数据目录。</translation>
    </message>
    <message>
        <source>--%1 takes a whole number of seconds.</source>
        <translation>--%1 需要整数秒。</translation>
    </message>
    <message>
        <source>Make a new token for the SIP proxy (shown once; the old one stops working).</source>
        <translation>为 SIP 代理生成新令牌（仅显示一次，旧令牌失效）。</translation>
    </message>
    <message>
        <source>How long a seat rings before the call goes to the next one (5-120).</source>
        <translation>坐席振铃多久无人接听即转下一坐席（5-120 秒）。</translation>
    </message>
    <message>
        <source>How long a call may wait for a free seat before it is called back (30-1800).</source>
        <translation>来电最多排队多久，超时转回拨（30-1800 秒）。</translation>
    </message>
    <message>
        <source>The center&apos;s area code for local numbers (020); empty for none.</source>
        <translation>本地号码的区号（如 020），留空表示无。</translation>
    </message>
    <message>
        <source>Call routing: the SIP proxy&apos;s token and the ACD&apos;s times.</source>
        <translation>呼叫路由：SIP 代理令牌与分配时限。</translation>
    </message>
    <message>
        <source>Ring time per seat (s)</source>
        <translation>每个坐席振铃时长（秒）</translation>
    </message>
    <message>
        <source>Longest wait (s)</source>
        <translation>最长排队时间（秒）</translation>
    </message>
    <message>
        <source>Area code</source>
        <translation>区号</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Proxy token</source>
        <translation>代理令牌</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>set</source>
        <translation>已设置</translation>
    </message>
    <message>
        <source>Block this number.</source>
        <translation>屏蔽该号码。</translation>
    </message>
    <message>
        <source>Why (required with --add).</source>
        <translation>原因（使用 --add 时必填）。</translation>
    </message>
    <message>
        <source>Take this number off the list.</source>
        <translation>将该号码移出名单。</translation>
    </message>
    <message>
        <source>The harassment list: numbers the hotline refuses.</source>
        <translation>骚扰号码名单：热线拒接的号码。</translation>
    </message>
    <message>
        <source>How often terminals are expected to say they are alive (3-86400); two intervals of silence raise a fault.</source>
        <translation>终端应多久发送一次心跳（3-86400 秒）；连续两个周期无心跳即报故障。</translation>
    </message>
    <message>
        <source>An alarm nobody has taken by then alerts the supervisors (5-3600).</source>
        <translation>报警超过该时长无人接警即提醒班长（5-3600 秒）。</translation>
    </message>
    <message>
        <source>Alarm handling: heartbeats and escalation.</source>
        <translation>报警处理：心跳与升级。</translation>
    </message>
    <message>
        <source>Heartbeat interval (s)</source>
        <translation>心跳间隔（秒）</translation>
    </message>
    <message>
        <source>Escalation after (s)</source>
        <translation>升级时限（秒）</translation>
    </message>
</context>
<context>
    <name>safelink::hub::Scaip</name>
    <message>
        <source>The message is %1 bytes long; at most %2 bytes are accepted.</source>
        <translation>消息长 %1 字节，最多接受 %2 字节。</translation>
    </message>
    <message>
        <source>The message is not well-formed XML (line %1, column %2): %3</source>
        <translation>消息不是格式正确的 XML（第 %1 行第 %2 列）：%3</translation>
    </message>
    <message>
        <source>The message contains a document type declaration (DOCTYPE); these are not accepted.</source>
        <translation>消息含文档类型声明（DOCTYPE），不予接受。</translation>
    </message>
    <message>
        <source>Expected a message request &lt;mrq&gt;, found &lt;%1&gt;.</source>
        <translation>应为消息请求 &lt;mrq&gt;，实际为 &lt;%1&gt;。</translation>
    </message>
    <message>
        <source>The element &lt;%1&gt; appears more than once.</source>
        <translation>元素 &lt;%1&gt; 重复出现。</translation>
    </message>
    <message>
        <source>The element &lt;%1&gt; must hold text, not other elements.</source>
        <translation>元素 &lt;%1&gt; 只能包含文本，不能包含其他元素。</translation>
    </message>
    <message>
        <source>The mandatory element &lt;%1&gt; is missing or empty.</source>
        <translation>必填元素 &lt;%1&gt; 缺失或为空。</translation>
    </message>
    <message>
        <source>The reference &lt;ref&gt; must be 1 to 16 letters A-Z, a-z or digits.</source>
        <translation>消息编号 &lt;ref&gt; 应为 1 至 16 位字母或数字。</translation>
    </message>
    <message>
        <source>The element &lt;%1&gt; must be %2 digits.</source>
        <translation>元素 &lt;%1&gt; 应为 %2 位数字。</translation>
    </message>
    <message>
        <source>The element &lt;%1&gt; must be %2 to %3 digits.</source>
        <translation>元素 &lt;%1&gt; 应为 %2 至 %3 位数字。</translation>
    </message>
    <message>
        <source>The element &lt;%1&gt; must be a number from %2 to %3.</source>
        <translation>元素 &lt;%1&gt; 应为 %2 至 %3 之间的数字。</translation>
    </message>
    <message>
        <source>The version &lt;ver&gt; must be written like 01.00.</source>
        <translation>版本 &lt;ver&gt; 应写作 01.00 的形式。</translation>
    </message>
    <message>
        <source>The message type &lt;mty&gt; &quot;%1&quot; is unknown; expected ME, RE, IN or PI.</source>
        <translation>消息类型 &lt;mty&gt; &quot;%1&quot; 未知，应为 ME、RE、IN 或 PI。</translation>
    </message>
    <message>
        <source>The caller id &lt;crd&gt; &quot;%1&quot; must start with no-voice:, gsm:, sip:, sip-pp: or tel: and be at most 256 characters.</source>
        <translation>回叫标识 &lt;crd&gt; &quot;%1&quot; 应以 no-voice:、gsm:、sip:、sip-pp: 或 tel: 开头，且不超过 256 个字符。</translation>
    </message>
    <message>
        <source>The element &lt;%1&gt; must be 1 to %2 printable US-ASCII characters.</source>
        <translation>元素 &lt;%1&gt; 应为 1 至 %2 个可打印 ASCII 字符。</translation>
    </message>
    <message>
        <source>The time stamp &lt;tim&gt; must be an ISO 8601 time with its offset from UTC, such as 2014-04-28T12:34:56+01.</source>
        <translation>时间戳 &lt;tim&gt; 应为带 UTC 偏移的 ISO 8601 时间，如 2014-04-28T12:34:56+01。</translation>
    </message>
    <message>
        <source>The position &lt;geo&gt; must be latitude,longitude in degrees, such as 59.336111,18.072778.</source>
        <translation>位置 &lt;geo&gt; 应为“纬度,经度”（单位：度），如 59.336111,18.072778。</translation>
    </message>
    <message>
        <source>A latitude is a number from -90 to 90.</source>
        <translation>纬度应为 -90 至 90 之间的数字。</translation>
    </message>
    <message>
        <source>A longitude is a number from -180 to 180.</source>
        <translation>经度应为 -180 至 180 之间的数字。</translation>
    </message>
    <message>
        <source>The NMEA sentence has no checksum (*hh at its end).</source>
        <translation>NMEA 语句缺少校验和（末尾的 *hh）。</translation>
    </message>
    <message>
        <source>The NMEA sentence&apos;s checksum is %1, but its content sums to %2.</source>
        <translation>NMEA 语句的校验和为 %1，但内容计算结果为 %2。</translation>
    </message>
    <message>
        <source>Expected an NMEA GGA or RMC sentence, found &quot;%1&quot;.</source>
        <translation>应为 NMEA GGA 或 RMC 语句，实际为 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>The NMEA sentence is malformed.</source>
        <translation>NMEA 语句格式错误。</translation>
    </message>
</context>
<context>
    <name>safelink::hub::SeatDirectory</name>
    <message>
        <source>The seat needs a name.</source>
        <translation>坐席需要名称。</translation>
    </message>
    <message>
        <source>The SIP extension may hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>SIP 分机号只能包含字母、数字、“.”、“_”和“-”。</translation>
    </message>
    <message>
        <source>Write the proxy as sip:HOST:PORT, e.g. sip:192.168.1.10:5060.</source>
        <translation>请按 sip:主机:端口 填写代理，例如 sip:192.168.1.10:5060。</translation>
    </message>
</context>
<context>
    <name>safelink::hub::SubjectImporter</name>
    <message>
        <source>Unknown column: ignored.</source>
        <translation>未知列：已忽略。</translation>
    </message>
    <message>
        <source>The file has no name column (姓名), so no row can be imported. Its columns are: %1. Map the column that holds the names to the field &quot;name&quot;.</source>
        <translation>文件中没有姓名列（姓名），无法导入任何行。其列为：%1。请将存放姓名的列映射到字段“name”。</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; cannot be mapped to &quot;%2&quot;: there is no such field. Fields: %3.</source>
        <translation>列“%1”不能映射到“%2”：没有该字段。可用字段：%3。</translation>
    </message>
    <message>
        <source>Your role may not import subjects.</source>
        <translation>您的角色无权导入服务对象。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it like 1938-04-12, 1938/4/12 or 1938年4月12日.</source>
        <translation>“%1”不是日期；请写成 1938-04-12、1938/4/12 或 1938年4月12日。</translation>
    </message>
    <message>
        <source>The date %1 does not exist.</source>
        <translation>日期 %1 不存在。</translation>
    </message>
    <message>
        <source>Unknown value &quot;%1&quot;. Known values: %2.</source>
        <translation>未知取值“%1”。可用取值：%2。</translation>
    </message>
    <message>
        <source>Unknown category &quot;%1&quot;. Known categories: %2.</source>
        <translation>未知类别“%1”。可用类别：%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not stored as a category: it follows from the birth date. Ignored.</source>
        <translation>“%1”不作为类别保存：它由出生日期推算。已忽略。</translation>
    </message>
    <message>
        <source>Unknown relationship &quot;%1&quot;: stored as &quot;other&quot; with the text in the contact&apos;s notes.</source>
        <translation>未知关系“%1”：已按“其他”保存，原文记入联系人备注。</translation>
    </message>
    <message>
        <source>The ID number was saved as a number (%1) and its last digits are lost; format the column as text in the original spreadsheet and export it again.</source>
        <translation>身份证号码被保存为数字（%1），末尾几位已丢失；请在原表格中将该列设为文本格式后重新导出。</translation>
    </message>
    <message>
        <source>The ID number %1 is also on line %2.</source>
        <translation>身份证号码 %1 在第 %2 行也出现。</translation>
    </message>
    <message>
        <source>A subject with this ID number is already in the database (%1).</source>
        <translation>数据库中已有此身份证号码的服务对象（%1）。</translation>
    </message>
    <message>
        <source>Imported with status %1 but no status date; the import date %2 was used.</source>
        <translation>导入时状态为 %1 但没有状态日期；已使用导入日期 %2。</translation>
    </message>
    <message>
        <source>The database refused the row: %1</source>
        <translation>数据库拒绝了该行：%1</translation>
    </message>
    <message>
        <source>The database refused too many rows; nothing was imported. Last reason: %1</source>
        <translation>数据库拒绝的行过多；未导入任何数据。最后一个原因：%1</translation>
    </message>
    <message>
        <source>The default area code is not valid: %1</source>
        <translation>默认区号无效：%1</translation>
    </message>
    <message>
        <source>Unknown filter &quot;%1&quot;. Filters: %2.</source>
        <translation>未知筛选条件“%1”。可用条件：%2。</translation>
    </message>
    <message>
        <source>Unknown value &quot;%1&quot; for the filter %2. Values: %3.</source>
        <translation>筛选条件 %2 的取值“%1”未知。可用取值：%3。</translation>
    </message>
    <message>
        <source>The filter %1 needs an age in whole years from 0 to 150, not &quot;%2&quot;.</source>
        <translation>筛选条件 %1 需要 0 至 150 之间的整数年龄，而不是“%2”。</translation>
    </message>
    <message>
        <source>ageMin is greater than ageMax: no subject can match.</source>
        <translation>ageMin 大于 ageMax：没有服务对象能符合。</translation>
    </message>
    <message>
        <source>A region is given by the leading digits of its code (such as 4401 or 440104001), not &quot;%1&quot;.</source>
        <translation>区域应以其代码的前几位数字表示（例如 4401 或 440104001），而不是“%1”。</translation>
    </message>
    <message>
        <source>The filter %1 has no value.</source>
        <translation>筛选条件 %1 没有取值。</translation>
    </message>
</context>
<context>
    <name>safelink::hub::Table</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 has no header row: it is empty.</source>
        <translation>文件 %1 没有表头行：文件为空。</translation>
    </message>
    <message>
        <source>The file %1 is neither a CSV file nor an .xlsx workbook.</source>
        <translation>文件 %1 既不是 CSV 文件也不是 .xlsx 工作簿。</translation>
    </message>
    <message>
        <source>The file %1 is an old Excel .xls workbook or a password-protected one; open it in Excel, save it as .xlsx or CSV, and import that.</source>
        <translation>文件 %1 是旧版 Excel .xls 工作簿或受密码保护的工作簿；请在 Excel 中打开，另存为 .xlsx 或 CSV 后再导入。</translation>
    </message>
    <message>
        <source>The file %1 is named .xlsx but is not an .xlsx workbook.</source>
        <translation>文件 %1 扩展名为 .xlsx，但不是 .xlsx 工作簿。</translation>
    </message>
    <message>
        <source>The file %1 is not a readable .xlsx workbook: %2</source>
        <translation>文件 %1 不是可读取的 .xlsx 工作簿：%2</translation>
    </message>
    <message>
        <source>The workbook %1 has no worksheet.</source>
        <translation>工作簿 %1 中没有工作表。</translation>
    </message>
    <message>
        <source>The workbook %1 is damaged (%2: %3).</source>
        <translation>工作簿 %1 已损坏（%2：%3）。</translation>
    </message>
    <message>
        <source>The workbook %1 is too large to import (%2).</source>
        <translation>工作簿 %1 过大，无法导入（%2）。</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;: use auto, utf-8 or gbk.</source>
        <translation>未知编码“%1”：请使用 auto、utf-8 或 gbk。</translation>
    </message>
    <message>
        <source>The file %1 is not valid UTF-8 text; try the encoding gbk.</source>
        <translation>文件 %1 不是有效的 UTF-8 文本；请尝试 gbk 编码。</translation>
    </message>
    <message>
        <source>The file %1 is not valid GBK/GB18030 text; try the encoding utf-8.</source>
        <translation>文件 %1 不是有效的 GBK/GB18030 文本；请尝试 utf-8 编码。</translation>
    </message>
    <message>
        <source>The text encoding of %1 is neither UTF-8 nor GBK/GB18030.</source>
        <translation>%1 的文本编码既不是 UTF-8 也不是 GBK/GB18030。</translation>
    </message>
    <message>
        <source>This system cannot decode GB18030 text.</source>
        <translation>本系统无法解码 GB18030 文本。</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted cell is not closed (a &quot; is missing).</source>
        <translation>%1 第 %2 行：带引号的单元格未闭合（缺少一个 &quot;）。</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>无法写入文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>safelink::hub::WriteService</name>
    <message>
        <source>Your role may not change records of type %1.</source>
        <translation>您的角色无权修改 %1 类记录。</translation>
    </message>
    <message>
        <source>A write needs an idempotency key.</source>
        <translation>写入请求需要幂等键。</translation>
    </message>
    <message>
        <source>Someone else changed this record first (you started from version %1, it is now version %2). Review the current record and apply your change again.</source>
        <translation>他人已先修改了此记录（您基于版本 %1 修改，当前为版本 %2）。请查看当前记录后重新修改。</translation>
    </message>
    <message>
        <source>A record with this id already exists.</source>
        <translation>此编号的记录已存在。</translation>
    </message>
    <message>
        <source>The record does not exist (it may have been deleted).</source>
        <translation>记录不存在（可能已被删除）。</translation>
    </message>
    <message>
        <source>Which record to delete is missing.</source>
        <translation>未指定要删除的记录。</translation>
    </message>
</context>
<context>
    <name>safelink::map::Geo</name>
    <message>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
</context>
<context>
    <name>safelink::map::MapPane</name>
    <message>
        <source>Nearest</source>
        <translation>最近资源</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Enter dials the selected resource&apos;s phone.</source>
        <translation>按回车拨打所选资源的电话。</translation>
    </message>
    <message>
        <source>Nearest resources</source>
        <translation>最近资源</translation>
    </message>
    <message>
        <source>No person on the card.</source>
        <translation>当前没有服务对象。</translation>
    </message>
    <message>
        <source>No position from a terminal: help goes to the home (%1).</source>
        <translation>终端无定位：按住址派送救助（%1）。</translation>
    </message>
    <message>
        <source>No known position for this person.</source>
        <translation>此人没有已知位置。</translation>
    </message>
    <message>
        <source>Position of the case.</source>
        <translation>案件位置。</translation>
    </message>
    <message>
        <source>±%1 m</source>
        <translation>±%1 米</translation>
    </message>
    <message>
        <source>Position: %1</source>
        <translation>求助位置：%1</translation>
    </message>
    <message>
        <source>, at home</source>
        <translation>，在家中</translation>
    </message>
    <message>
        <source>, %1 from home</source>
        <translation>，距住址 %1</translation>
    </message>
    <message>
        <source>No resource with a known position nearby.</source>
        <translation>附近没有已知位置的资源。</translation>
    </message>
</context>
<context>
    <name>safelink::map::MapScene</name>
    <message>
        <source>±%1 m</source>
        <translation>±%1 米</translation>
    </message>
    <message>
        <source>Home of %1</source>
        <translation>%1 的住址</translation>
    </message>
    <message>
        <source>Where the case was opened</source>
        <translation>立案位置</translation>
    </message>
    <message>
        <source>No basemap is configured: the points are drawn on a latitude/longitude grid.</source>
        <translation>未配置底图：点位画在经纬网格上。</translation>
    </message>
    <message>
        <source>The basemap server does not answer: the points are drawn on a grid.</source>
        <translation>底图服务器无响应：点位画在网格上。</translation>
    </message>
    <message>
        <source>No known position for this person.</source>
        <translation>此人没有已知位置。</translation>
    </message>
    <message>
        <source>Grid lines every %1</source>
        <translation>网格间距 %1</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Terminal&apos;s position</source>
        <translation>终端定位</translation>
    </message>
</context>
<context>
    <name>safelink::map::MapView</name>
    <message>
        <source>The map is loading…</source>
        <translation>地图加载中…</translation>
    </message>
</context>
<context>
    <name>safelink::net::KeyFile</name>
    <message>
        <source>Cannot read the key file %1: %2</source>
        <translation>无法读取密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>The key file %1 is damaged: it must be exactly %2 bytes long.</source>
        <translation>密钥文件 %1 已损坏：其长度必须正好为 %2 字节。</translation>
    </message>
    <message>
        <source>%1 is not a Safelink key file.</source>
        <translation>%1 不是 Safelink 密钥文件。</translation>
    </message>
    <message>
        <source>The key file %1 is damaged: its public key does not belong to its secret key.</source>
        <translation>密钥文件 %1 已损坏：其中的公钥与私钥不匹配。</translation>
    </message>
    <message>
        <source>The key pair is not valid and was not saved.</source>
        <translation>密钥对无效，未保存。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write the key file %1: %2</source>
        <translation>无法写入密钥文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>safelink::net::SecureChannel</name>
    <message>
        <source>Could not send on the network: %1</source>
        <translation>无法通过网络发送：%1</translation>
    </message>
    <message>
        <source>The connection ended unexpectedly.</source>
        <translation>连接意外结束。</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>网络错误：%1</translation>
    </message>
    <message>
        <source>The secure handshake did not finish in time (%1 s).</source>
        <translation>安全握手未能按时完成（%1 秒）。</translation>
    </message>
    <message>
        <source>The secure channel is closed.</source>
        <translation>安全通道已关闭。</translation>
    </message>
</context>
<context>
    <name>safelink::net::SecureServer</name>
    <message>
        <source>The hub&apos;s key pair is not valid.</source>
        <translation>中心服务器的密钥对无效。</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>无法在 %1 的端口 %2 上监听：%3</translation>
    </message>
</context>
<context>
    <name>safelink::net::SecureSession</name>
    <message>
        <source>The encryption library could not be initialised.</source>
        <translation>加密库初始化失败。</translation>
    </message>
    <message>
        <source>The pinned hub key has the wrong size.</source>
        <translation>已固定的中心服务器公钥长度不正确。</translation>
    </message>
    <message>
        <source>The hub&apos;s key pair is not valid.</source>
        <translation>中心服务器的密钥对无效。</translation>
    </message>
    <message>
        <source>Internal error: the secure session was used after it was moved.</source>
        <translation>内部错误：安全会话在被移动后仍被使用。</translation>
    </message>
    <message>
        <source>Internal error: only a new client session can start a handshake.</source>
        <translation>内部错误：只有新建的客户端会话才能发起握手。</translation>
    </message>
    <message>
        <source>The secure channel is not established yet.</source>
        <translation>安全通道尚未建立。</translation>
    </message>
    <message>
        <source>The secure channel was closed; nothing more can be sent.</source>
        <translation>安全通道已关闭，无法再发送数据。</translation>
    </message>
    <message>
        <source>The message is %1 bytes; the secure channel carries at most %2 bytes per message.</source>
        <translation>该消息为 %1 字节；安全通道每条消息最多传输 %2 字节。</translation>
    </message>
    <message>
        <source>The peer sent data before the handshake started.</source>
        <translation>对方在握手开始之前就发送了数据。</translation>
    </message>
    <message>
        <source>The peer sent a handshake message of %1 bytes; handshake messages are at most %2 bytes.</source>
        <translation>对方发送的握手消息为 %1 字节；握手消息最多 %2 字节。</translation>
    </message>
    <message>
        <source>The peer did not start a Safelink secure handshake.</source>
        <translation>对方发起的不是 Safelink 安全握手。</translation>
    </message>
    <message>
        <source>The hub did not answer with a Safelink secure handshake.</source>
        <translation>中心服务器没有以 Safelink 安全握手作答。</translation>
    </message>
    <message>
        <source>The hub chose protocol version %1, which this program did not offer.</source>
        <translation>中心服务器选择了协议版本 %1，但本程序并未提供该版本。</translation>
    </message>
    <message>
        <source>The hub&apos;s key does not match the pinned fingerprint (expected %1, received %2). This is a possible impersonation: do not continue, and call the administrator.</source>
        <translation>中心服务器的公钥与已固定的指纹不符（应为 %1，实际收到 %2）。这可能是冒充攻击：请勿继续操作，并立即联系管理员。</translation>
    </message>
    <message>
        <source>The peer sent a handshake key that cannot be used.</source>
        <translation>对方发送的握手密钥不可用。</translation>
    </message>
    <message>
        <source>The peer could not prove it holds the session keys: the handshake was altered or the peer is not who it claims to be.</source>
        <translation>对方无法证明其持有会话密钥：握手内容被篡改，或对方并非其所声称的身份。</translation>
    </message>
    <message>
        <source>A record from the peer failed authentication: it was altered, replayed, reordered or corrupted.</source>
        <translation>对方发来的一条记录未通过认证：它被篡改、重放、调换顺序或已损坏。</translation>
    </message>
    <message>
        <source>The peer sent a record of an unknown kind.</source>
        <translation>对方发送了未知类型的记录。</translation>
    </message>
    <message>
        <source>The peer sent data after closing the secure channel.</source>
        <translation>对方在关闭安全通道后仍发送了数据。</translation>
    </message>
    <message>
        <source>The connection closed during the secure handshake.</source>
        <translation>连接在安全握手过程中关闭。</translation>
    </message>
    <message>
        <source>The connection was cut before the peer closed the secure channel; data may be missing.</source>
        <translation>连接在对方关闭安全通道之前被中断，数据可能有缺失。</translation>
    </message>
    <message>
        <source>The hub does not speak any protocol version this program offers.</source>
        <translation>中心服务器不支持本程序提供的任何协议版本。</translation>
    </message>
</context>
<context>
    <name>safelink::protocol::Frame</name>
    <message>
        <source>The frame is empty.</source>
        <translation>数据帧为空。</translation>
    </message>
    <message>
        <source>The frame is not valid CBOR: %1</source>
        <translation>数据帧不是有效的 CBOR：%1</translation>
    </message>
    <message>
        <source>The frame is followed by %1 unexpected bytes.</source>
        <translation>数据帧之后多出 %1 个意外字节。</translation>
    </message>
    <message>
        <source>A frame must be an array of [message type, request id, body].</source>
        <translation>数据帧必须是 [消息类型, 请求编号, 消息体] 形式的数组。</translation>
    </message>
    <message>
        <source>The message type must be a whole number.</source>
        <translation>消息类型必须是整数。</translation>
    </message>
    <message>
        <source>Unknown message type %1.</source>
        <translation>未知的消息类型 %1。</translation>
    </message>
    <message>
        <source>The request id must be a whole number from 0 to %1.</source>
        <translation>请求编号必须是 0 到 %1 之间的整数。</translation>
    </message>
    <message>
        <source>The frame body must be a map.</source>
        <translation>数据帧的消息体必须是映射（map）。</translation>
    </message>
    <message>
        <source>The frame body&apos;s keys must be text.</source>
        <translation>数据帧消息体的键必须是文本。</translation>
    </message>
    <message>
        <source>The frame body has the key &quot;%1&quot; twice.</source>
        <translation>数据帧消息体中键“%1”出现了两次。</translation>
    </message>
    <message>
        <source>The reply is not an error report.</source>
        <translation>该回复不是错误报告。</translation>
    </message>
    <message>
        <source>The other side reported an error without a description.</source>
        <translation>对方报告了一个错误，但没有说明原因。</translation>
    </message>
</context>
<context>
    <name>safelink::protocol::FrameReader</name>
    <message>
        <source>The stream declares an empty frame, which is never sent: the stream is out of step.</source>
        <translation>数据流声明了一个空帧，而空帧从不会被发送：数据流已错位。</translation>
    </message>
    <message>
        <source>The stream declares a frame of %1 bytes; the limit is %2 bytes.</source>
        <translation>数据流声明了一个 %1 字节的帧；上限为 %2 字节。</translation>
    </message>
</context>
<context>
    <name>safelink::protocol::Negotiation</name>
    <message>
        <source>The other side announced an impossible protocol version range (%1 to %2).</source>
        <translation>对方声明的协议版本范围不成立（%1 至 %2）。</translation>
    </message>
    <message>
        <source>The other side speaks protocol versions %1 to %2, older than this program&apos;s %3 to %4: update the other side.</source>
        <translation>对方使用协议版本 %1 至 %2，低于本程序的 %3 至 %4：请升级对方的程序。</translation>
    </message>
    <message>
        <source>The other side speaks protocol versions %1 to %2, newer than this program&apos;s %3 to %4: update this program.</source>
        <translation>对方使用协议版本 %1 至 %2，高于本程序的 %3 至 %4：请升级本程序。</translation>
    </message>
</context>
<context>
    <name>safelink::recording::DurableFile</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: the file is not open.</source>
        <translation>无法写入 %1：文件未打开。</translation>
    </message>
    <message>
        <source>%1 exists already; it was not overwritten.</source>
        <translation>%1 已存在，未被覆盖。</translation>
    </message>
    <message>
        <source>Cannot open the folder %1: %2</source>
        <translation>无法打开文件夹 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write to the folder %1: %2</source>
        <translation>无法写入文件夹 %1：%2</translation>
    </message>
</context>
<context>
    <name>safelink::recording::RecordingFile</name>
    <message>
        <source>The encryption library could not be initialised.</source>
        <translation>加密库初始化失败。</translation>
    </message>
    <message>
        <source>The recording %1 does not exist.</source>
        <translation>录音 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot read the recording %1: %2</source>
        <translation>无法读取录音 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a sealed Safelink recording.</source>
        <translation>%1 不是 Safelink 加密录音文件。</translation>
    </message>
    <message>
        <source>The recording %1 is cut short: it ends before its last part.</source>
        <translation>录音 %1 不完整：在最后一段之前就结束了。</translation>
    </message>
    <message>
        <source>The header of the recording %1 is damaged: %2</source>
        <translation>录音 %1 的文件头已损坏：%2</translation>
    </message>
    <message>
        <source>The header of the recording %1 was altered or damaged; its audio is not trusted.</source>
        <translation>录音 %1 的文件头被篡改或已损坏；其音频不可信。</translation>
    </message>
    <message>
        <source>Part %1 of the recording %2 was altered, damaged, dropped or moved.</source>
        <translation>录音 %2 的第 %1 段被篡改、损坏、删除或移动。</translation>
    </message>
    <message>
        <source>it has bytes after its end</source>
        <translation>结尾之后还有多余的字节</translation>
    </message>
    <message>
        <source>its recording id is not valid</source>
        <translation>录音编号无效</translation>
    </message>
    <message>
        <source>a size is out of range</source>
        <translation>某个大小超出范围</translation>
    </message>
    <message>
        <source>its hash or key is missing</source>
        <translation>缺少哈希值或密钥</translation>
    </message>
    <message>
        <source>The recording %1 was written by a newer Safelink (format %2); this program reads format %3.</source>
        <translation>录音 %1 由较新版本的 Safelink 写入（格式 %2）；本程序只能读取格式 %3。</translation>
    </message>
    <message>
        <source>its length is out of range</source>
        <translation>长度超出范围</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a recording: use 1 to 128 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</source>
        <translation>“%1”不能作为录音编号：请使用 1 到 128 个字母、数字、“-”、“_”或“.”。</translation>
    </message>
    <message>
        <source>The hub&apos;s recording key is not valid.</source>
        <translation>中心服务器的录音密钥无效。</translation>
    </message>
    <message>
        <source>The recording&apos;s details are too long to be stored.</source>
        <translation>录音的信息太长，无法保存。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The recording %1 changed while it was being encrypted; nothing was written.</source>
        <translation>录音 %1 在加密过程中发生了变化；未写入任何内容。</translation>
    </message>
    <message>
        <source>There is no valid recording key to open %1 with.</source>
        <translation>没有可用于打开 %1 的有效录音密钥。</translation>
    </message>
    <message>
        <source>The recording %1 was sealed to another recording key (%2), not to this one (%3).</source>
        <translation>录音 %1 是用另一个录音密钥（%2）加密的，不是当前密钥（%3）。</translation>
    </message>
    <message>
        <source>The key block of the recording %1 is damaged; it cannot be opened.</source>
        <translation>录音 %1 的密钥块已损坏，无法打开。</translation>
    </message>
    <message>
        <source>The recording %1 is cut short: it has %2 of its %3 bytes.</source>
        <translation>录音 %1 不完整：只有 %3 字节中的 %2 字节。</translation>
    </message>
    <message>
        <source>The recording %1 has %2 bytes after its end.</source>
        <translation>录音 %1 结尾之后还有 %2 字节。</translation>
    </message>
    <message>
        <source>The recording %1 has bytes after its end.</source>
        <translation>录音 %1 结尾之后还有多余的字节。</translation>
    </message>
    <message>
        <source>The audio of the recording %1 does not match its header.</source>
        <translation>录音 %1 的音频与其文件头不符。</translation>
    </message>
    <message>
        <source>Cannot write the audio of %1: %2</source>
        <translation>无法写出 %1 的音频：%2</translation>
    </message>
</context>
<context>
    <name>safelink::recording::RecordingKeys</name>
    <message>
        <source>The recording key file %1 does not exist.</source>
        <translation>录音密钥文件 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot read the recording key file %1: %2</source>
        <translation>无法读取录音密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>The recording key file %1 is damaged: it must be exactly %2 bytes long.</source>
        <translation>录音密钥文件 %1 已损坏：其长度必须正好是 %2 字节。</translation>
    </message>
    <message>
        <source>%1 is not a Safelink recording key file.</source>
        <translation>%1 不是 Safelink 录音密钥文件。</translation>
    </message>
    <message>
        <source>The recording key file %1 is damaged: its public key does not belong to its secret key.</source>
        <translation>录音密钥文件 %1 已损坏：其公钥与私钥不匹配。</translation>
    </message>
    <message>
        <source>The recording key pair is not valid and was not saved.</source>
        <translation>录音密钥对无效，未保存。</translation>
    </message>
    <message>
        <source>Cannot write the recording key file %1: %2</source>
        <translation>无法写入录音密钥文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>safelink::store::Database</name>
    <message>
        <source>The database refused the operation (%1): %2</source>
        <translation>数据库拒绝了该操作（%1）：%2</translation>
    </message>
    <message>
        <source>No database file given.</source>
        <translation>未指定数据库文件。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建目录 %1。</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>There is no schema version %1; the newest is %2.</source>
        <translation>不存在数据库结构版本 %1；最新版本为 %2。</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, but this program only knows up to version %3. It was written by a newer Safelink; install that version (the file was not changed).</source>
        <translation>数据库 %1 的结构版本为 %2，而本程序最高只支持版本 %3。该数据库由更新版本的 Safelink 写入；请安装该版本（文件未作任何改动）。</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation>数据库升级步骤 %1（%2）失败：%3</translation>
    </message>
    <message>
        <source>The transaction was rolled back.</source>
        <translation>事务已回滚。</translation>
    </message>
    <message>
        <source>PostgreSQL database %1 on %2:%3</source>
        <translation>位于 %2:%3 的 PostgreSQL 数据库 %1</translation>
    </message>
    <message>
        <source>The configuration file %1 does not exist.</source>
        <translation>配置文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The configuration file %1 is not a valid INI file.</source>
        <translation>配置文件 %1 不是有效的 INI 文件。</translation>
    </message>
    <message>
        <source>[database] path: the SQLite database file is missing.</source>
        <translation>[database] path：缺少 SQLite 数据库文件。</translation>
    </message>
    <message>
        <source>[database] backend: unknown database backend &quot;%1&quot;; use sqlite or postgresql.</source>
        <translation>[database] backend：未知数据库类型“%1”；请使用 sqlite 或 postgresql。</translation>
    </message>
    <message>
        <source>[database] port: &quot;%1&quot; is not a port number.</source>
        <translation>[database] port：“%1”不是端口号。</translation>
    </message>
    <message>
        <source>[database] name: the PostgreSQL database name is missing.</source>
        <translation>[database] name：缺少 PostgreSQL 数据库名称。</translation>
    </message>
    <message>
        <source>[database] password: the password does not belong here; put it in a file that only the hub&apos;s user may read, and name that file with password-file.</source>
        <translation>[database] password：密码不应写在这里；请将其放在只有中心服务器用户可读的文件中，并用 password-file 指定该文件。</translation>
    </message>
    <message>
        <source>[database] password-file: cannot read %1.</source>
        <translation>[database] password-file：无法读取 %1。</translation>
    </message>
    <message>
        <source>[database] password-file: other users may read or change %1; make it private to its owner (chmod 600 %1).</source>
        <translation>[database] password-file：其他用户可以读取或修改 %1；请设为仅所有者可用（chmod 600 %1）。</translation>
    </message>
    <message>
        <source>No PostgreSQL database name given.</source>
        <translation>未指定 PostgreSQL 数据库名称。</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql).</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（Debian 软件包 libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>Cannot put %1 in place of %2.</source>
        <translation>无法用 %1 替换 %2。</translation>
    </message>
</context>
<context>
    <name>safelink::store::PostgresDialect</name>
    <message>
        <source>This hub keeps its data in PostgreSQL (%1); safelink-hub backup copies only SQLite databases. Back it up with PostgreSQL&apos;s own tool, for example: pg_dump --format=custom --host=%2 --port=%3 --username=%4 --file=safelink.dump %5 (and restore such a file with pg_restore).</source>
        <translation>此中心服务器的数据保存在 PostgreSQL（%1）中；safelink-hub backup 只能复制 SQLite 数据库。请使用 PostgreSQL 自带工具备份，例如：pg_dump --format=custom --host=%2 --port=%3 --username=%4 --file=safelink.dump %5（并用 pg_restore 恢复）。</translation>
    </message>
    <message>
        <source>The index %1 is invalid; rebuild it with REINDEX.</source>
        <translation>索引 %1 无效；请用 REINDEX 重建。</translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 uses the encoding %2; Safelink needs UTF8. Create it with ENCODING &apos;UTF8&apos; (see the README).</source>
        <translation>PostgreSQL 数据库 %1 使用 %2 编码；Safelink 需要 UTF8。请使用 ENCODING &apos;UTF8&apos; 创建数据库（见 README）。</translation>
    </message>
</context>
<context>
    <name>safelink::store::Repository</name>
    <message>
        <source>A record with id %1 already exists.</source>
        <translation>编号为 %1 的记录已存在。</translation>
    </message>
    <message>
        <source>No record with id %1.</source>
        <translation>不存在编号为 %1 的记录。</translation>
    </message>
    <message>
        <source>Record %1 was changed by someone else (you edited version %2, it is now version %3).</source>
        <translation>记录 %1 已被他人修改（您编辑的是版本 %2，当前为版本 %3）。</translation>
    </message>
    <message>
        <source>Record %1 in the database cannot be read: %2</source>
        <translation>数据库中的记录 %1 无法读取：%2</translation>
    </message>
</context>
<context>
    <name>safelink::sync::SyncClient</name>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>连接中</translation>
    </message>
    <message>
        <source>Catching up</source>
        <translation>同步中</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>The connection to the hub was lost</source>
        <translation>与中心服务器的连接已断开</translation>
    </message>
    <message>
        <source>Not connected to the hub: recordings cannot be fetched now</source>
        <translation>未连接中心服务器，暂时无法调取录音</translation>
    </message>
    <message>
        <source>Recording data arrived out of order</source>
        <translation>录音数据顺序错误</translation>
    </message>
    <message>
        <source>The connection to the hub ended: %1</source>
        <translation>与中心服务器的连接已断开：%1</translation>
    </message>
    <message>
        <source>Not connected to the hub: the history cannot be read now</source>
        <translation>未连接中心服务器：暂时无法读取修改历史</translation>
    </message>
</context>
<context>
    <name>safelink::telephony::Labels</name>
    <message>
        <source>the system default device</source>
        <translation>系统默认设备</translation>
    </message>
    <message>
        <source>Headset &quot;%1&quot; is not available; sound now goes to %2</source>
        <translation>耳机“%1”不可用，声音改用%2</translation>
    </message>
    <message>
        <source>Microphone &quot;%1&quot; is not available; using %2</source>
        <translation>麦克风“%1”不可用，改用%2</translation>
    </message>
    <message>
        <source>Ring device &quot;%1&quot; is not available; using %2</source>
        <translation>振铃设备“%1”不可用，改用%2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>No extension set</source>
        <translation>未设置分机</translation>
    </message>
    <message>
        <source>Registering</source>
        <translation>正在登记</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Unregistered</source>
        <translation>已注销</translation>
    </message>
    <message>
        <source>Registration failed</source>
        <translation>登记失败</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>来电振铃</translation>
    </message>
    <message>
        <source>Calling</source>
        <translation>正在呼叫</translation>
    </message>
    <message>
        <source>Ringing at the other end</source>
        <translation>对方振铃</translation>
    </message>
    <message>
        <source>In call</source>
        <translation>通话中</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>保持中</translation>
    </message>
    <message>
        <source>Held by the other end</source>
        <translation>被对方保持</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Call failed</source>
        <translation>呼叫失败</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>呼入</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>呼出</translation>
    </message>
</context>
<context>
    <name>safelink::telephony::LineTest</name>
    <message>
        <source>Cannot read the password file: %1</source>
        <translation>无法读取密码文件：%1</translation>
    </message>
    <message>
        <source>Usage: safelink-phone --proxy sip:HOST:PORT --user EXTENSION [--password-file FILE] [--domain DOMAIN]
                     [--listen-port N] (--answer | --dial NUMBER-OR-URI) [--play FILE.wav]
                     [--record FILE.wav] [--dtmf 123#] [--transfer NUMBER-OR-URI] [--seconds N]
                     [--calls N] [--wait N] [--trace]
Tests a seat&apos;s line: registers with the SIP proxy, answers or dials a call and prints every state with a time. No sound card needed (audio from and to files).
Exit codes: 0 success, 1 call failed, 2 bad arguments, 3 registration failed, 4 timed out.</source>
        <translation>用法：safelink-phone --proxy sip:HOST:PORT --user 分机 [--password-file 文件] [--domain 域]
                     [--listen-port N] (--answer | --dial 号码或URI) [--play 文件.wav]
                     [--record 文件.wav] [--dtmf 123#] [--transfer 号码或URI] [--seconds N]
                     [--calls N] [--wait N] [--trace]
测试坐席线路：登记到交换机，接听或拨打一通电话，每个状态带时间打印一行。不需要声卡（用文件收发声音）。
退出码：0 成功，1 呼叫失败，2 参数错误，3 登记失败，4 超时。</translation>
    </message>
    <message>
        <source>Missing value</source>
        <translation>缺少参数值</translation>
    </message>
    <message>
        <source>Not a valid number: %1</source>
        <translation>不是有效的数字：%1</translation>
    </message>
    <message>
        <source>Unknown option</source>
        <translation>未知参数</translation>
    </message>
    <message>
        <source>The SIP proxy is needed, like sip:192.168.1.10:5060</source>
        <translation>需要交换机地址，形如 sip:192.168.1.10:5060</translation>
    </message>
    <message>
        <source>The extension is needed</source>
        <translation>需要分机号</translation>
    </message>
    <message>
        <source>Give exactly one of --answer and --dial</source>
        <translation>--answer 和 --dial 必须且只能选一个</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>文件无法读取：%1</translation>
    </message>
    <message>
        <source>Keys can only be 0-9, *, #, A-D</source>
        <translation>按键只能是 0-9、*、#、A-D</translation>
    </message>
    <message>
        <source>Phone engine started %1</source>
        <translation>电话引擎已启动 %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Timed out: no call came</source>
        <translation>超时：没有等到电话</translation>
    </message>
    <message>
        <source>Timed out: not registered</source>
        <translation>超时：没有登记成功</translation>
    </message>
    <message>
        <source>Waiting for a call…</source>
        <translation>等待来电…</translation>
    </message>
    <message>
        <source>Cannot save the recording to %1</source>
        <translation>无法保存录音到 %1</translation>
    </message>
</context>
<context>
    <name>safelink::telephony::SipEngine</name>
    <message>
        <source>This call no longer exists.</source>
        <translation>这通电话已不存在。</translation>
    </message>
    <message>
        <source>Do not disturb: refused automatically</source>
        <translation>免打扰：已自动拒接</translation>
    </message>
    <message>
        <source>Call failed: %1 %2</source>
        <translation>呼叫失败：%1 %2</translation>
    </message>
    <message>
        <source>Call failed: %1</source>
        <translation>呼叫失败：%1</translation>
    </message>
    <message>
        <source>Caller hung up before the call was answered</source>
        <translation>来电未接听即挂断</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>通话结束</translation>
    </message>
    <message>
        <source>Registering with the center&apos;s SIP proxy…</source>
        <translation>正在登记到呼叫中心交换机…</translation>
    </message>
    <message>
        <source>Registered: calls can reach this seat</source>
        <translation>已登记，可以接听来电</translation>
    </message>
    <message>
        <source>Unregistered</source>
        <translation>已注销</translation>
    </message>
    <message>
        <source>Registration refused (%1): wrong extension or password</source>
        <translation>登记被拒绝（%1）：分机号或密码错误</translation>
    </message>
    <message>
        <source>Cannot reach the center&apos;s SIP proxy (%1); retrying automatically</source>
        <translation>无法连接呼叫中心交换机（%1），稍后自动重试</translation>
    </message>
    <message>
        <source>Registration failed (%1 %2)</source>
        <translation>登记失败（%1 %2）</translation>
    </message>
    <message>
        <source>Cannot create the phone engine&apos;s data folder: %1</source>
        <translation>无法创建电话引擎的数据目录：%1</translation>
    </message>
    <message>
        <source>Cannot create the recordings folder: %1</source>
        <translation>无法创建录音目录：%1</translation>
    </message>
    <message>
        <source>The phone engine cannot start</source>
        <translation>电话引擎无法启动</translation>
    </message>
    <message>
        <source>Invalid SIP account settings: proxy %1, extension %2</source>
        <translation>SIP 账号设置无效：代理 %1，分机 %2</translation>
    </message>
    <message>
        <source>Invalid SIP domain: %1</source>
        <translation>SIP 域无效：%1</translation>
    </message>
    <message>
        <source>Cannot dial &quot;%1&quot;: not a valid number or address</source>
        <translation>无法拨打“%1”：不是有效的号码或地址</translation>
    </message>
    <message>
        <source>Cannot dial &quot;%1&quot;</source>
        <translation>无法拨打“%1”</translation>
    </message>
    <message>
        <source>This call is not ringing and cannot be answered.</source>
        <translation>这通电话不在振铃，无法接听。</translation>
    </message>
    <message>
        <source>Could not answer</source>
        <translation>接听失败</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒接</translation>
    </message>
    <message>
        <source>Hung up by the agent</source>
        <translation>坐席挂断</translation>
    </message>
    <message>
        <source>Cannot put this call on hold</source>
        <translation>无法保持这通电话</translation>
    </message>
    <message>
        <source>Cannot resume this call</source>
        <translation>无法恢复这通电话</translation>
    </message>
    <message>
        <source>Keys can only be 0-9, *, #, A-D: %1</source>
        <translation>按键只能是 0-9、*、#、A-D：%1</translation>
    </message>
    <message>
        <source>Could not send the keys</source>
        <translation>按键发送失败</translation>
    </message>
    <message>
        <source>Cannot transfer to &quot;%1&quot;: not a valid number or address</source>
        <translation>无法转接到“%1”：不是有效的号码或地址</translation>
    </message>
    <message>
        <source>Transfer failed</source>
        <translation>转接失败</translation>
    </message>
    <message>
        <source>Attended transfer failed</source>
        <translation>咨询转接失败</translation>
    </message>
    <message>
        <source>A conference needs at least two answered calls</source>
        <translation>三方通话至少需要两通已接通的电话</translation>
    </message>
    <message>
        <source>Only answered calls can join a conference</source>
        <translation>只有已接通的电话才能加入三方通话</translation>
    </message>
    <message>
        <source>Cannot set up the conference</source>
        <translation>无法建立三方通话</translation>
    </message>
    <message>
        <source>The other side is gone: the hold got no answer (%1)</source>
        <translation>对方已断线：保持请求无应答（%1）</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Cannot put this call on hold (%1)</source>
        <translation>无法保持此通话（%1）</translation>
    </message>
</context>
</TS>

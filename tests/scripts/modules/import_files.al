import "./_lib/util.al" as util;
import "./_lib/deep.al" as d2;
println(util.greeting, util.double(21), util.later(5).await, d2.triple(2));
println(typeof(util));

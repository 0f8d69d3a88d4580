// An awaited async call per step: async fib(N), default 25.
async fn afib(n) { if n < 2 { n } else { afib(n - 1).await + afib(n - 2).await } }
let a = args();
let n = if len(a) > 0 { int(a[0]) } else { 25 };
println(afib(n).await);

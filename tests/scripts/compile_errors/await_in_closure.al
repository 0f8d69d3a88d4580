// exit: 1
async fn fetch() { 42 }
let f = |x| fetch().await + x;

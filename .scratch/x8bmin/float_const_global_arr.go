// x8b: Go prints "100005 1"; both styles: CompileError: constant definition loop (float constant as array length).
package main

import "fmt"

const MAXN = 1e5 + 5

var cnt [MAXN]int

func main() {
	cnt[3] = 1
	fmt.Println(len(cnt), cnt[3])
}

// x8b: Go prints 2000; both styles: CompileError: constant definition loop (float constant as array length).
package main

import "fmt"

const N = 2e3

var a [N]int

func main() {
	fmt.Println(len(a))
}

// x8b: Go prints [3]; both styles: CompileError: mismatched types int and float64 (float constant as slice bound).
package main

import "fmt"

const LIM = 2e0

func main() {
	a := []int{1, 2, 3}
	fmt.Println(a[LIM:])
}

// x8b: Go prints 2; both styles print 1 - SILENT: map[any] merges keys of two types with the same structure.
package main

import "fmt"

type pos struct{ r, c int }
type vel struct{ r, c int }

func main() {
	m := map[any]int{pos{1, 1}: 1, vel{1, 1}: 2}
	fmt.Println(len(m))
}

// x8b: Go prints false; both styles print true - SILENT: == on any values of two types with the same structure.
package main

import "fmt"

type pos struct{ r, c int }
type vel struct{ r, c int }

func main() {
	var a, b any = pos{1, 1}, vel{1, 1}
	fmt.Println(a == b)
}

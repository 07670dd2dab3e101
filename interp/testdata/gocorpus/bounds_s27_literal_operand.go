// Index and slice errors on literal operands, recovered: Go's messages
// name the index and the length or capacity.
package main

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	idx, hi := 5, 4
	try("slice", func() { fmt.Println([]int{1, 2, 3}[:idx]) })
	try("index", func() { fmt.Println([]string{"a", "b"}[idx]) })
	try("array", func() { fmt.Println([3]int{1, 2, 3}[idx%4]) })
	try("nested", func() { fmt.Println([][]int{{1}, {2, 3}}[1][:hi]) })
	try("lowhigh", func() { fmt.Println([]int{1, 2, 3}[hi:2]) })
	try("ok", func() { fmt.Println([]int{1, 2, 3, 4, 5}[1:idx]) })
}

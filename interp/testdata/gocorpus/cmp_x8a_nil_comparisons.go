// Exercises: comparison with nil - nil slices, maps, funcs, channels, pointers, empty vs nil
package main

import "fmt"

func main() {
	var s []int
	e := []int{}
	fmt.Println("nil slice:", s == nil, "empty slice:", e == nil, len(s), len(e))
	var m map[string]int
	fmt.Println("nil map:", m == nil, "read from nil map:", m["x"], len(m))
	var f func()
	fmt.Println("nil func:", f == nil)
	var ch chan int
	fmt.Println("nil chan:", ch == nil)
	var p *int
	fmt.Println("nil pointer:", p == nil)
	s = append(s, 1)
	fmt.Println("append to nil slice:", s, s == nil)
	s2 := s[:0]
	fmt.Println("zero-length reslice not nil:", s2 == nil, len(s2))
	var iface interface{} = s[:0:0]
	fmt.Printf("%v %T\n", iface, iface)
	fmt.Printf("nil slice prints: %v, %d, %q\n", []string(nil), len([]string(nil)), []string(nil))
	for range s[:0] {
		fmt.Println("never")
	}
	fmt.Println("range over nil ok")
}

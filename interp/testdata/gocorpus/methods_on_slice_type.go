// Exercises: methods on a named slice type, value and pointer receivers.
package main

import "fmt"

type IntList []int

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

func (l *IntList) Push(v int) { *l = append(*l, v) }

func (l IntList) Double() {
	for i := range l {
		l[i] *= 2
	}
}

func main() {
	var l IntList
	l.Push(1)
	l.Push(2)
	l.Push(3)
	fmt.Println(l, l.Sum())
	l.Double()
	fmt.Println(l, l.Sum())
	fmt.Println(IntList{5, 5}.Sum())
}

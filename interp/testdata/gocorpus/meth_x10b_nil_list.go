// Exercises: nil receivers for a linked list IntList.Sum, methods on nil maps (Values.Get), pointer receiver methods on nil, String on a nil list
package main

import (
	"fmt"
	"strings"
)

type IntList struct {
	Value int
	Tail  *IntList
}

func (list *IntList) Sum() int {
	if list == nil {
		return 0
	}
	return list.Value + list.Tail.Sum()
}

func (list *IntList) Len() int {
	n := 0
	for ; list != nil; list = list.Tail {
		n++
	}
	return n
}

func (list *IntList) String() string {
	if list == nil {
		return "nil"
	}
	return fmt.Sprintf("%d -> %s", list.Value, list.Tail.String())
}

func (list *IntList) Push(v int) *IntList { return &IntList{v, list} }

type Values map[string][]string

func (v Values) Get(key string) string {
	if vs := v[key]; len(vs) > 0 {
		return vs[0]
	}
	return ""
}

func (v Values) Add(key, value string) { v[key] = append(v[key], value) }

func main() {
	var l *IntList
	fmt.Println(l.Sum(), l.Len(), l.String())
	for i := 1; i <= 4; i++ {
		l = l.Push(i)
	}
	fmt.Println(l.Sum(), l.Len(), l)
	fmt.Println(l.Tail.Tail)
	m := Values{"lang": {"en"}}
	m.Add("item", "1")
	m.Add("item", "2")
	fmt.Println(m.Get("lang"), m.Get("q"), m.Get("item"), m["item"])
	m = nil
	fmt.Println(m.Get("item") == "")
	var names []string
	for n := l; n != nil; n = n.Tail {
		names = append(names, fmt.Sprint(n.Value))
	}
	fmt.Println(strings.Join(names, ","))
}

package main

import (
	"encoding/json"
	"fmt"
)

type Temp float64
type Name string
type Blob []byte
type Grade int

func (g Grade) String() string { return string("FDCBA"[g]) }

type Rec struct {
	T Temp
	N Name
	G Grade
}

func main() {
	m := map[Temp]int{3.5: 1, -1: 2, 10: 3}
	fmt.Println(m)
	m2 := map[Name]Temp{"b": 1, "a": 2}
	fmt.Println(m2)
	b, _ := json.Marshal(m2)
	fmt.Println(string(b))
	fmt.Printf("%x %s %v\n", Blob("hi"), Blob("hi"), Blob("hi"))
	gs := map[Grade]Name{4: "top", 0: "low", 2: "mid"}
	fmt.Println(gs)
	var items []any
	items = append(items, Temp(1.5), Name("x"), Grade(3), Rec{2, "r", 1})
	fmt.Println(items...)
	fmt.Printf("%v|%+v|%T|%d|%.1f\n", items, items[3], items[0], items[2], items[0])
	b, _ = json.Marshal(items)
	fmt.Println(string(b))
	fmt.Printf("%6.2f|%-5s|%05d\n", Temp(3.14159), Name("ab"), Grade(2))
	ptr := &Rec{1, "p", 0}
	fmt.Printf("%v %+v\n", ptr, []*Rec{ptr}[0])
}

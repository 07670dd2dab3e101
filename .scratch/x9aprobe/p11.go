// Exercises: type named over a map and a slice with methods, method on a func type
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Inventory map[string]int

func (inv Inventory) Add(item string, n int) { inv[item] += n }
func (inv Inventory) String() string {
	keys := make([]string, 0, len(inv))
	for k := range inv {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, "%s:%d ", k, inv[k])
	}
	return strings.TrimSpace(b.String())
}

type HandlerFunc func(string) string

func (f HandlerFunc) Handle(s string) string { return "[" + f(s) + "]" }

type Handler interface{ Handle(string) string }

func main() {
	inv := Inventory{}
	inv.Add("apple", 3)
	inv.Add("pear", 1)
	inv.Add("apple", 2)
	fmt.Println(inv, len(inv))
	fmt.Printf("%v|%s|%d\n", inv, inv, inv["apple"])
	var h Handler = HandlerFunc(strings.ToUpper)
	fmt.Println(h.Handle("hi"))
	fmt.Printf("%T\n", h)
}

// Exercises: embedding an interface in a struct to override one method, sort.Reverse style wrapper, promoted methods
package main

import (
	"fmt"
	"sort"
	"strings"
)

type byLen []string

func (s byLen) Len() int           { return len(s) }
func (s byLen) Less(i, j int) bool { return len(s[i]) < len(s[j]) }
func (s byLen) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

type reverse struct{ sort.Interface }

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

type Greeter interface {
	Hello() string
	Bye() string
}

type english struct{}

func (english) Hello() string { return "hello" }
func (english) Bye() string   { return "bye" }

type loud struct{ Greeter }

func (l loud) Hello() string { return strings.ToUpper(l.Greeter.Hello()) + "!" }

func main() {
	words := []string{"banana", "kiwi", "apple", "fig"}
	sort.Sort(byLen(words))
	fmt.Println(words)
	sort.Sort(reverse{byLen(words)})
	fmt.Println(words)
	sort.Sort(sort.Reverse(sort.StringSlice(words)))
	fmt.Println(words)
	var g Greeter = loud{english{}}
	fmt.Println(g.Hello(), g.Bye())
	var g2 Greeter = loud{loud{english{}}}
	fmt.Println(g2.Hello(), g2.Bye())
	var empty loud
	defer func() { fmt.Println("recovered:", recover() != nil) }()
	fmt.Println(empty.Bye())
}

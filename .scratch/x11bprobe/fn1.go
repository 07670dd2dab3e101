package main

import (
	"fmt"
	"sort"
	"strings"
)

type Gen func() string

func (g Gen) String() string { return "gen:" + g() }

type Words []string

func (w Words) String() string { return strings.Join(w, "+") }

type Counts map[string]int

func (c Counts) String() string {
	keys := make([]string, 0, len(c))
	for k := range c {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return "counts" + fmt.Sprint(keys)
}

type Ch chan int

func (c Ch) String() string { return fmt.Sprint("chan cap ", cap(c)) }

func main() {
	g := Gen(func() string { return "x" })
	fmt.Println(g, Words{"a", "b"}, Counts{"z": 1, "a": 2}, make(Ch, 3))
	fmt.Printf("%v|%s|%d\n", Words{"c"}, Counts{}, Words{"d"})
	items := []fmt.Stringer{g, Words{"e"}, Counts{"k": 1}}
	fmt.Println(items)
	var a any = Words{"f"}
	fmt.Println(a, []any{Counts{"q": 1}})
}

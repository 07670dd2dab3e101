package main

import (
	"fmt"
	"sort"
	"strings"
)

type Animal interface{ Sound() string }

type Dog struct{ name string }

func (d *Dog) Sound() string { return d.name + " woof" }

type Cat struct{ name string }

func (c Cat) Sound() string { return c.name + " meow" }

type Holder struct{ A Animal }

func NewDog(n string) *Dog { return &Dog{n} }

func main() {
	ch := make(chan Animal, 3)
	for _, n := range []string{"a", "b", "c"} {
		ch <- &Dog{n}
	}
	close(ch)
	for a := range ch {
		fmt.Print(a.Sound(), "; ")
	}
	fmt.Println()
	var hs []Holder
	for _, n := range []string{"x", "y"} {
		hs = append(hs, Holder{A: &Dog{n}})
	}
	fmt.Println(hs[0].A.Sound(), hs[1].A.Sound())
	zoo := map[string]Animal{}
	for i, n := range []string{"p", "q"} {
		if i%2 == 0 {
			zoo[n] = NewDog(n)
		} else {
			zoo[n] = Cat{n}
		}
	}
	keys := make([]string, 0)
	for k := range zoo {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(zoo[k].Sound(), " ")
	}
	fmt.Println()
	var sb []fmt.Stringer
	for i := 0; i < 3; i++ {
		sb = append(sb, &strings.Builder{})
		sb[i].(*strings.Builder).WriteString(fmt.Sprint(i))
	}
	fmt.Println(sb[0], sb[1], sb[2])
	var all []Animal
	for i := 0; i < 2; i++ {
		d := Dog{fmt.Sprint("d", i)}
		all = append(all, &d)
	}
	fmt.Println(all[0].Sound(), all[1].Sound())
}

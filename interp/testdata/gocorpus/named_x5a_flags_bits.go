// Exercises: type Perm uint16 bit flags declared with 1 << iota, a String method listing set flags, |, &, &^ on the named type, %b/%o verbs, Perm map keys.
package main

import (
	"fmt"
	"strings"
)

type Perm uint16

const (
	Read Perm = 1 << iota
	Write
	Exec
	Admin
)

var flagNames = []string{"read", "write", "exec", "admin"}

func (p Perm) String() string {
	if p == 0 {
		return "none"
	}
	var parts []string
	for i, n := range flagNames {
		if p&(1<<uint(i)) != 0 {
			parts = append(parts, n)
		}
	}
	return strings.Join(parts, "|")
}

func (p Perm) Has(q Perm) bool { return p&q == q }

func main() {
	rw := Read | Write
	fmt.Println(rw, rw.Has(Write), rw.Has(Read|Exec), Perm(0))
	all := rw | Exec | Admin
	fmt.Println(all, all&^Admin, all&Exec, uint16(all))
	fmt.Printf("%b %o %d %v %s\n", all, all, all, all, Exec)
	users := map[string]Perm{"root": all, "guest": Read}
	users["guest"] |= Exec
	fmt.Println(users)
	byPerm := map[Perm][]string{}
	for _, u := range []string{"root", "guest"} {
		byPerm[users[u]] = append(byPerm[users[u]], u)
	}
	fmt.Println(byPerm[Read|Exec], len(byPerm))
	var x interface{} = Write
	fmt.Println(x == Write, x)
}

// Exercises: bit flags on a named uint8 with iota shifts, String joining set flags, &^ and |, flags as map keys and in switch
package main

import (
	"fmt"
	"strings"
)

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
	Admin
)

var names = []string{"read", "write", "exec", "admin"}

func (p Perm) String() string {
	if p == 0 {
		return "none"
	}
	var parts []string
	for i, n := range names {
		if p&(1<<i) != 0 {
			parts = append(parts, n)
		}
	}
	if extra := p &^ (Read | Write | Exec | Admin); extra != 0 {
		parts = append(parts, fmt.Sprintf("0x%x", uint8(extra)))
	}
	return strings.Join(parts, "|")
}

func (p Perm) Has(q Perm) bool { return p&q == q }

func main() {
	rw := Read | Write
	fmt.Println(rw, Exec, Perm(0), Perm(0xF3))
	all := rw | Exec | Admin
	fmt.Println(all.Has(rw), rw.Has(Exec), all&^Admin)
	fmt.Printf("%v %d %08b %s\n", rw, rw, rw, Admin)
	roles := map[Perm]string{Read: "viewer", rw: "editor", all: "root"}
	fmt.Println(roles[Read|Write], roles)
	switch p := Perm(3); p {
	case Read:
		fmt.Println("read only")
	case rw:
		fmt.Println("read-write", p)
	}
	var s fmt.Stringer = Exec | Read
	fmt.Println(s, s == Read|Exec)
}

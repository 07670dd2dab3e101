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
	Audit
)

const All = Read | Write | Exec | Admin | Audit

var permNames = map[Perm]string{Read: "read", Write: "write", Exec: "exec", Admin: "admin", Audit: "audit"}

func (p Perm) Has(q Perm) bool { return p&q == q }
func (p *Perm) Set(q Perm)     { *p |= q }
func (p *Perm) Clear(q Perm)   { *p &^= q }
func (p Perm) Toggle(q Perm) Perm {
	return p ^ q
}

func (p Perm) String() string {
	if p == 0 {
		return "none"
	}
	var parts []string
	for bit := Read; bit <= Audit; bit <<= 1 {
		if p&bit != 0 {
			parts = append(parts, permNames[bit])
		}
	}
	if rest := p &^ All; rest != 0 {
		parts = append(parts, fmt.Sprintf("0x%x", uint16(rest)))
	}
	return strings.Join(parts, "|")
}

func ParsePerm(s string) (Perm, error) {
	var p Perm
	for _, name := range strings.Split(s, ",") {
		name = strings.TrimSpace(name)
		found := false
		for bit, n := range permNames {
			if n == name {
				p.Set(bit)
				found = true
			}
		}
		if !found {
			return p, fmt.Errorf("unknown permission %q", name)
		}
	}
	return p, nil
}

type Role struct {
	Name  string
	Perms Perm
}

func main() {
	var p Perm
	fmt.Println(p, Read, Write|Exec, All)
	p.Set(Read | Write)
	fmt.Println(p, p.Has(Read), p.Has(Read|Exec), uint16(p))
	p.Clear(Read)
	fmt.Println(p, p.Toggle(Exec|Write), p)
	fmt.Printf("%v %d %b %s\n", Admin, Admin, All, Perm(1<<7|1))
	for _, s := range []string{"read, exec", "audit,admin,read", "read,fly"} {
		q, err := ParsePerm(s)
		fmt.Printf("%-18q -> %v err=%v\n", s, q, err)
	}
	roles := []Role{{"viewer", Read}, {"dev", Read | Write | Exec}, {"root", All}}
	for _, r := range roles {
		fmt.Printf("%+v canWrite=%t\n", r, r.Perms.Has(Write))
	}
	m := map[Perm]int{Write: 2, Read: 1, Admin: 8}
	fmt.Println(m)
}

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
	All = Read | Write | Exec | Admin
)

var permNames = []struct {
	p    Perm
	name string
}{{Read, "read"}, {Write, "write"}, {Exec, "exec"}, {Admin, "admin"}}

func (p Perm) String() string {
	if p == 0 {
		return "none"
	}
	if p == All {
		return "all"
	}
	var parts []string
	for _, pn := range permNames {
		if p&pn.p != 0 {
			parts = append(parts, pn.name)
			p &^= pn.p
		}
	}
	if p != 0 {
		parts = append(parts, fmt.Sprintf("0x%x", uint16(p)))
	}
	return strings.Join(parts, "|")
}

func (p Perm) Has(q Perm) bool    { return p&q == q }
func (p *Perm) Grant(q Perm)      { *p |= q }
func (p *Perm) Revoke(q Perm)     { *p &^= q }
func (p Perm) Toggle(q Perm) Perm { return p ^ q }

func ParsePerm(s string) (Perm, error) {
	var p Perm
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		found := false
		for _, pn := range permNames {
			if pn.name == part {
				p |= pn.p
				found = true
			}
		}
		if !found {
			return p, fmt.Errorf("unknown permission %q", part)
		}
	}
	return p, nil
}

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}[d%7]
}
func (d Weekday) Weekend() bool { return d == Saturday || d == Sunday }
func (d Weekday) Add(n int) Weekday {
	return Weekday(((int(d)+n)%7 + 7) % 7)
}

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
)

func (b ByteSize) String() string {
	switch {
	case b >= GB:
		return fmt.Sprintf("%.2fGB", b/GB)
	case b >= MB:
		return fmt.Sprintf("%.2fMB", b/MB)
	case b >= KB:
		return fmt.Sprintf("%.2fKB", b/KB)
	}
	return fmt.Sprintf("%.0fB", float64(b))
}

func main() {
	var p Perm
	fmt.Println(p, Read, Write|Exec, All, Perm(0x30))
	p.Grant(Read | Write)
	fmt.Println(p, p.Has(Read), p.Has(Read|Exec), p.Toggle(Exec|Write))
	p.Revoke(Read)
	fmt.Printf("%v %d %04b %q\n", p, p, p, p)
	for _, s := range []string{"read, exec", "write,admin,read,exec", "fly"} {
		q, err := ParsePerm(s)
		fmt.Println(q, err)
	}
	d := Friday
	for i := 0; i < 4; i++ {
		fmt.Print(d.Add(i), d.Add(i).Weekend(), " ")
	}
	fmt.Println(d.Add(-6), Weekday(10))
	for _, b := range []ByteSize{500, 1536, 5 * MB / 2, 3 * GB, GB - 1} {
		fmt.Print(b, " ")
	}
	fmt.Println()
	fmt.Println(KB, MB == 1024*KB, fmt.Sprintf("%T", GB))
}

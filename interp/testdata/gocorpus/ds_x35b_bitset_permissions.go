package main

import (
	"fmt"
	"math/bits"
	"sort"
	"strings"
)

type Perm uint16

const (
	Read Perm = 1 << iota
	Write
	Execute
	Delete
	Share
	Admin = Read | Write | Execute | Delete | Share
)

var permNames = map[Perm]string{Read: "read", Write: "write", Execute: "exec", Delete: "delete", Share: "share"}

func (p Perm) String() string {
	if p == 0 {
		return "none"
	}
	if p == Admin {
		return "admin"
	}
	var parts []string
	for bit := Perm(1); bit <= Share; bit <<= 1 {
		if p&bit != 0 {
			parts = append(parts, permNames[bit])
		}
	}
	if rest := p &^ Admin; rest != 0 {
		parts = append(parts, fmt.Sprintf("0x%x", uint16(rest)))
	}
	return strings.Join(parts, "|")
}

func (p Perm) Has(q Perm) bool { return p&q == q }

func Parse(s string) (Perm, error) {
	var p Perm
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		found := false
		for bit, name := range permNames {
			if name == part {
				p |= bit
				found = true
			}
		}
		if part == "admin" {
			p |= Admin
			found = true
		}
		if !found {
			return p, fmt.Errorf("unknown permission %q", part)
		}
	}
	return p, nil
}

type Role struct {
	Name  string
	Perms Perm
}

func main() {
	roles := []Role{{"viewer", Read}, {"editor", Read | Write}, {"owner", Admin}, {"runner", Read | Execute}}
	grants := map[string][]string{"alice": {"editor", "runner"}, "bob": {"viewer"}, "carol": {"owner"}, "dan": nil}
	byName := map[string]Perm{}
	for _, r := range roles {
		byName[r.Name] = r.Perms
	}
	users := make([]string, 0, len(grants))
	for u := range grants {
		users = append(users, u)
	}
	sort.Strings(users)
	for _, u := range users {
		var eff Perm
		for _, r := range grants[u] {
			eff |= byName[r]
		}
		fmt.Printf("%-6s %-18v bits=%05b count=%d canWrite=%t\n", u, eff, uint16(eff), bits.OnesCount16(uint16(eff)), eff.Has(Write))
	}
	for _, s := range []string{"read, write", "admin", "read,fly", "share"} {
		p, err := Parse(s)
		fmt.Printf("%q => %v (%d) err=%v\n", s, p, p, err)
	}
	weird := Read | Perm(1<<10)
	fmt.Println(weird, Admin&^Delete, Perm(0), bits.Len16(uint16(Admin)))
	fmt.Printf("%v %s %d %x %08b\n", Write|Share, Execute, Share, Admin, Delete)
}

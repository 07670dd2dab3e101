package main

import (
	"fmt"
	"sort"
	"strings"
)

type Permission uint16

const (
	Read Permission = 1 << iota
	Write
	Execute
	Delete
	Share
	Admin            = Read | Write | Execute | Delete | Share
	None  Permission = 0
)

var permNames = map[Permission]string{
	Read: "read", Write: "write", Execute: "execute", Delete: "delete", Share: "share",
}

func (p Permission) String() string {
	if p == None {
		return "none"
	}
	if p == Admin {
		return "admin"
	}
	var parts []string
	for bit := Read; bit <= Share; bit <<= 1 {
		if p&bit != 0 {
			parts = append(parts, permNames[bit])
		}
	}
	if rest := p &^ Admin; rest != 0 {
		parts = append(parts, fmt.Sprintf("0x%x", uint16(rest)))
	}
	return strings.Join(parts, "|")
}

func (p Permission) Has(q Permission) bool { return p&q == q }

func ParsePermissions(s string) (Permission, error) {
	var p Permission
	for _, name := range strings.Split(s, ",") {
		name = strings.TrimSpace(strings.ToLower(name))
		found := false
		for bit, n := range permNames {
			if n == name {
				p |= bit
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
	Perms Permission
}

type User struct {
	Name  string
	Roles []Role
	Extra Permission
}

func (u User) Effective() Permission {
	p := u.Extra
	for _, r := range u.Roles {
		p |= r.Perms
	}
	return p
}

func main() {
	viewer := Role{"viewer", Read}
	editor := Role{"editor", Read | Write | Share}
	ops := Role{"ops", Execute | Delete}
	users := []User{
		{"ann", []Role{viewer}, None},
		{"ben", []Role{editor}, Execute},
		{"cat", []Role{editor, ops}, None},
		{"dan", nil, 1 << 9},
	}
	sort.Slice(users, func(i, j int) bool { return users[i].Effective() > users[j].Effective() })
	for _, u := range users {
		e := u.Effective()
		fmt.Printf("%-4s %-28v %05b can-delete=%-5t can-edit=%t\n", u.Name, e, e, e.Has(Delete), e.Has(Read|Write))
	}
	for _, s := range []string{"read, Write", "execute,share,delete", "read,fly"} {
		p, err := ParsePermissions(s)
		fmt.Printf("%q -> %v (%d) err=%v\n", s, p, p, err)
	}
	p := Admin
	p &^= Delete
	fmt.Println(p, Admin, None, Permission(0xffff))
	fmt.Printf("%v %s %d %x %q\n", Write|Read, Execute, Share, Admin, Delete)
	counts := map[Permission]int{}
	for _, u := range users {
		for bit := Read; bit <= Share; bit <<= 1 {
			if u.Effective().Has(bit) {
				counts[bit]++
			}
		}
	}
	fmt.Println(counts)
}

package main

import (
	"fmt"
	"sort"
	"strings"
)

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Delete
	Admin
	All = Read | Write | Delete | Admin
)

var permNames = map[Perm]string{Read: "read", Write: "write", Delete: "delete", Admin: "admin"}

func (p Perm) String() string {
	if p == 0 {
		return "none"
	}
	var parts []string
	for bit := Read; bit <= Admin; bit <<= 1 {
		if p&bit != 0 {
			parts = append(parts, permNames[bit])
		}
	}
	return strings.Join(parts, "|")
}

func (p Perm) Has(q Perm) bool { return p&q == q }

type User struct {
	Name  string
	Perms Perm
}

type Group struct {
	Name    string
	Members []*User
	Grant   Perm
}

func (g *Group) Apply() {
	for _, u := range g.Members {
		u.Perms |= g.Grant
	}
}

func main() {
	ann := &User{"ann", Read}
	bob := &User{"bob", Read | Write}
	cy := &User{"cy", 0}
	users := []*User{ann, bob, cy}

	editors := &Group{"editors", []*User{bob, cy}, Write | Delete}
	admins := &Group{"admins", []*User{ann}, All}
	editors.Apply()
	admins.Apply()

	for _, u := range users {
		fmt.Printf("%-4s %08b %-25v canDelete=%t\n", u.Name, u.Perms, u.Perms, u.Perms.Has(Delete))
	}
	cy.Perms &^= Delete
	fmt.Println(cy.Perms, cy.Perms^All, All, Perm(0))
	fmt.Printf("%d %x %v %s\n", All, Admin, Write, Read|Admin)

	byPerm := map[Perm][]string{}
	for _, u := range users {
		for bit := Read; bit <= Admin; bit <<= 1 {
			if u.Perms.Has(bit) {
				byPerm[bit] = append(byPerm[bit], u.Name)
			}
		}
	}
	keys := make([]Perm, 0, len(byPerm))
	for k := range byPerm {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	for _, k := range keys {
		fmt.Printf("%-6v %v\n", k, byPerm[k])
	}
	fmt.Println(byPerm)
	var x uint8 = 200
	x += 100
	fmt.Println(x, ^uint8(0), int8(-128)/2, 7>>1, -7>>1, -7/2, -7%2)
}

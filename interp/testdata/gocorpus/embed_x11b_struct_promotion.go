// Exercises: struct embedding with pointer and value embedded types, method promotion and shadowing, field promotion depth, embedded Stringer used by fmt
package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("base %d %s", b.ID, b.Name) }
func (b *Base) Rename(n string) { b.Name = n }
func (b Base) String() string   { return "B(" + b.Name + ")" }

type Timestamps struct{ Created, Updated int }

func (t *Timestamps) Touch(now int) { t.Updated = now }

type User struct {
	Base
	*Timestamps
	Email string
}

func (u User) Describe() string { return "user " + u.Base.Describe() + " <" + u.Email + ">" }

type Admin struct {
	User
	Level int
}

func main() {
	u := User{Base{1, "ann"}, &Timestamps{Created: 10}, "ann@x"}
	u.Rename("anna")
	u.Touch(20)
	fmt.Println(u.Describe())
	fmt.Println(u.Name, u.ID, u.Created, u.Updated)
	a := Admin{User: u, Level: 3}
	a.Rename("root")
	a.Touch(30)
	fmt.Println(a.Describe(), a.Name, u.Name, a.Updated, u.Updated)
	fmt.Println(a.Base, u)
	fmt.Printf("%v %s\n", a, a.Base)
	var d interface{ Describe() string } = a
	fmt.Println(d.Describe())
}

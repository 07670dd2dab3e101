package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("Base(%d,%s)", b.ID, b.Name) }
func (b Base) Kind() string     { return "base" }
func (b *Base) Rename(n string) { b.Name = n }

type Timestamps struct {
	Created, Updated int
}

func (t *Timestamps) Touch(now int) { t.Updated = now }
func (t Timestamps) Kind() string   { return "timestamps" }

type User struct {
	Base
	*Timestamps
	Name  string // shadows Base.Name
	Email string
}

func (u User) Describe() string { return "User:" + u.Name + "/" + u.Base.Describe() }

type Admin struct {
	User
	Level int
}

type Describer interface{ Describe() string }

func main() {
	u := User{Base: Base{1, "base-name"}, Timestamps: &Timestamps{Created: 10}, Name: "alice", Email: "a@x"}
	fmt.Println(u.Name, u.Base.Name, u.ID)
	fmt.Println(u.Describe())
	u.Rename("renamed")
	fmt.Println(u.Name, u.Base.Name)
	u.Touch(20)
	fmt.Println(u.Created, u.Updated, u.Timestamps.Updated)
	fmt.Println(u.Base.Kind(), u.Timestamps.Kind())

	a := Admin{User: u, Level: 3}
	fmt.Println(a.Describe(), a.ID, a.Level, a.Name)
	a.Rename("admin-base")
	a.Touch(30)
	fmt.Println(a.Base.Name, u.Base.Name, a.Updated, u.Updated)

	var ds []Describer = []Describer{u.Base, u, a, &a}
	for _, d := range ds {
		fmt.Printf("%T -> %s\n", d, d.Describe())
	}

	fmt.Printf("%+v\n", a.Base)
	v := User{Base: Base{ID: 2}}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		v.Touch(1)
	}()
	fmt.Println(v.Timestamps == nil)
	type Labeled struct {
		fmt.Stringer
		Label string
	}
	l := Labeled{Label: "x"}
	func() {
		defer func() { fmt.Println("recovered:", recover() != nil) }()
		_ = l.String()
	}()
}

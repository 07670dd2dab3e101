// Exercises: field name conflicts between an outer struct and embedded structs, resolved by depth.
package main

import "fmt"

type Meta struct {
	ID      int
	Created string
	Version int
}

type Audit struct {
	Version int
	By      string
}

type Document struct {
	Meta
	Audit
	ID    string
	Title string
}

func (m Meta) Describe() string  { return fmt.Sprintf("meta #%d v%d", m.ID, m.Version) }
func (a Audit) Describe() string { return "audit by " + a.By }
func (d Document) Describe() string {
	return "doc " + d.ID + ": " + d.Meta.Describe() + "; " + d.Audit.Describe()
}

func main() {
	d := Document{
		Meta:  Meta{ID: 7, Created: "2024-01-02", Version: 3},
		Audit: Audit{Version: 9, By: "ann"},
		ID:    "DOC-7",
		Title: "spec",
	}
	fmt.Println(d.ID, d.Meta.ID, d.Created, d.By)
	fmt.Println(d.Meta.Version, d.Audit.Version)
	fmt.Println(d.Describe())
	d.Meta.Version++
	d.Created = "2024-02-03"
	fmt.Printf("%+v\n", d)
	type Titled struct {
		Document
		Title int
	}
	t := Titled{Document: d, Title: 42}
	fmt.Println(t.Title, t.Document.Title, t.By)
}

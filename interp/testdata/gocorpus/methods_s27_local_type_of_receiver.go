package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Secret struct {
	User string
	key  string
	Tags []string `json:"tags"`
}

func (s Secret) String() string {
	type plain Secret
	p := plain(s)
	p.key = strings.Repeat("*", len(p.key))
	return fmt.Sprintf("%+v", p)
}

func (s *Secret) MarshalJSON() ([]byte, error) {
	type alias Secret
	a := alias(*s)
	a.Tags = append(a.Tags, "marshalled")
	return json.Marshal(struct {
		alias
		Len int `json:"len"`
	}{a, len(a.key)})
}

type Pt struct{ X, Y int }

func (p Pt) Swap() Pt {
	type raw Pt
	var r raw
	r.X, r.Y = p.Y, p.X
	return Pt(r)
}

func main() {
	s := Secret{"ann", "hunter2", []string{"a"}}
	fmt.Println(s)
	b, err := json.Marshal(&s)
	fmt.Println(string(b), err)
	fmt.Println(Pt{1, 2}.Swap())
}

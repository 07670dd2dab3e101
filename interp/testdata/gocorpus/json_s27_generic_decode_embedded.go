// json.Unmarshal into *T inside generic functions, where T is a struct
// of the program with an embedded struct, a pointer to one, a slice or a
// map of them.
package main

import (
	"encoding/json"
	"fmt"
)

type Meta struct {
	Version int    `json:"version"`
	By      string `json:"by"`
}

type User struct {
	Meta
	Name  string   `json:"name"`
	Roles []string `json:"roles"`
	note  string
}

func decode[T any](s string) (T, error) {
	var v T
	err := json.Unmarshal([]byte(s), &v)
	return v, err
}

func into[T any](s string, v *T) error { return json.Unmarshal([]byte(s), v) }

func main() {
	u, err := decode[User](`{"name":"ada","version":2,"by":"system","roles":["admin"]}`)
	fmt.Printf("%+v %v\n", u, err)
	var p *User
	fmt.Println(into(`{"name":"bob","version":3}`, &p), p.Name, p.Version)
	us, _ := decode[[]User](`[{"name":"a","version":1},{"name":"b","by":"x"}]`)
	fmt.Println(len(us), us[0].Version, us[1].By)
	m, _ := decode[map[string]User](`{"k":{"version":9}}`)
	fmt.Println(m["k"].Version)
	_, err = decode[User](`{"version":"two"}`)
	fmt.Println(err)
}

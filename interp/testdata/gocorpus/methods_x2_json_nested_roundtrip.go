// Exercises: encoding/json Marshal/Unmarshal of nested structs with tags, slices, maps and pointers.
package main

import (
	"encoding/json"
	"fmt"
)

type Address struct {
	Street string `json:"street"`
	City   string `json:"city"`
}

type Person struct {
	Name     string            `json:"name"`
	Age      int               `json:"age"`
	Emails   []string          `json:"emails,omitempty"`
	Address  *Address          `json:"address,omitempty"`
	Meta     map[string]string `json:"meta,omitempty"`
	Verified bool              `json:"verified"`
}

func main() {
	p := Person{
		Name:    "Ada",
		Age:     36,
		Emails:  []string{"ada@example.com"},
		Address: &Address{"1 Loop Rd", "London"},
		Meta:    map[string]string{"role": "admin", "lang": "go"},
	}
	b, err := json.Marshal(p)
	fmt.Println(string(b), err)
	var back Person
	if err := json.Unmarshal(b, &back); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Printf("%+v %+v\n", back.Address, back.Meta)
	fmt.Println(back.Name == p.Name, *back.Address == *p.Address)
	pretty, _ := json.MarshalIndent(Person{Name: "Bob"}, "", "  ")
	fmt.Println(string(pretty))
	var list []Person
	err = json.Unmarshal([]byte(`[{"name":"x","age":1},{"name":"y","age":"two"}]`), &list)
	fmt.Println(len(list), list[0].Name, err)
}

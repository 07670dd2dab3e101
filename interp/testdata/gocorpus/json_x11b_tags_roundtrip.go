// Exercises: encoding/json with struct tags (omitempty, rename, "-"), nested structs and slices, Unmarshal into struct, MarshalIndent
package main

import (
	"encoding/json"
	"fmt"
)

type Address struct {
	City string `json:"city"`
	Zip  string `json:"zip,omitempty"`
}

type Person struct {
	Name     string            `json:"name"`
	Age      int               `json:"age,omitempty"`
	Emails   []string          `json:"emails"`
	Addr     *Address          `json:"address,omitempty"`
	Password string            `json:"-"`
	Meta     map[string]string `json:"meta,omitempty"`
	internal int
}

func main() {
	p := Person{Name: "Ann", Emails: []string{"a@x"}, Addr: &Address{City: "Oslo"}, Password: "s", internal: 3}
	b, err := json.Marshal(p)
	fmt.Println(string(b), err)
	p2 := Person{Name: "Bob", Meta: map[string]string{"z": "1", "a": "2"}}
	b, _ = json.MarshalIndent(p2, "", "  ")
	fmt.Println(string(b))
	var back Person
	err = json.Unmarshal([]byte(`{"name":"Cy","age":41,"emails":["c@y","d@y"],"address":{"city":"Rome","zip":"00100"},"Password":"nope"}`), &back)
	fmt.Printf("%v %+v %+v %q\n", err, back.Addr, back.Emails, back.Password)
	var anyv map[string]any
	json.Unmarshal(b, &anyv)
	fmt.Println(anyv["name"], anyv["emails"], anyv["meta"])
	err = json.Unmarshal([]byte(`{"age":"old"}`), &back)
	fmt.Println(err)
}

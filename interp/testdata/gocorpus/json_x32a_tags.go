package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

type Address struct {
	Street string `json:"street"`
	City   string `json:"city"`
	Zip    string `json:"zip,omitempty"`
}

type Person struct {
	Name     string            `json:"name"`
	Age      int               `json:"age"`
	Email    string            `json:"email,omitempty"`
	Password string            `json:"-"`
	Tags     []string          `json:"tags"`
	Address  *Address          `json:"address,omitempty"`
	Meta     map[string]string `json:"meta,omitempty"`
	Score    float64           `json:"score,string"`
	internal int
}

func main() {
	p := Person{
		Name:     "Ada",
		Age:      36,
		Password: "hunter2",
		Tags:     []string{"math", "engines"},
		Address:  &Address{Street: "1 Analytical Way", City: "London"},
		Meta:     map[string]string{"z": "last", "a": "first"},
		Score:    9.5,
		internal: 7,
	}
	b, err := json.Marshal(p)
	if err != nil {
		panic(err)
	}
	fmt.Println(string(b))

	b, _ = json.MarshalIndent(Person{Name: "Bob"}, "", "  ")
	fmt.Println(string(b))

	input := `{"name":"Grace","age":85,"tags":["navy","cobol"],"address":{"street":"x","city":"Arlington","zip":"22201"},"score":"7.25","unknown":true}`
	var q Person
	if err := json.Unmarshal([]byte(input), &q); err != nil {
		panic(err)
	}
	fmt.Printf("%s is %d, tags %q, meta %v, score %.2f, password %q\n", q.Name, q.Age, q.Tags, q.Meta, q.Score, q.Password)
	fmt.Printf("%+v\n", *q.Address)

	// decoding into generic structures
	var anyv map[string]any
	json.Unmarshal([]byte(input), &anyv)
	fmt.Println(anyv["age"], anyv["tags"], anyv["unknown"])
	fmt.Printf("%T %T %T\n", anyv["age"], anyv["tags"], anyv["address"])

	// errors
	var bad Person
	err = json.Unmarshal([]byte(`{"name": 5}`), &bad)
	fmt.Println("error:", err)
	var ute *json.UnmarshalTypeError
	if e, ok := err.(*json.UnmarshalTypeError); ok {
		ute = e
		fmt.Println("field:", ute.Field, "value:", ute.Value)
	}
	err = json.Unmarshal([]byte(`{"name": "x",}`), &bad)
	fmt.Println("syntax error:", err)

	// streaming decoder and encoder
	dec := json.NewDecoder(strings.NewReader(`{"city":"Paris"} {"city":"Rome","zip":"00100"}`))
	enc := json.NewEncoder(os.Stdout)
	for dec.More() {
		var a Address
		if err := dec.Decode(&a); err != nil {
			fmt.Println("decode:", err)
			break
		}
		a.Street = strings.ToUpper(a.City)
		enc.Encode(a)
	}

	raw := json.RawMessage(`{"kind":"raw"}`)
	out, _ := json.Marshal(map[string]any{"payload": raw, "n": []int{1, 2}, "ok": true, "nil": nil})
	fmt.Println(string(out))
}

package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

type Address struct {
	Street string `json:"street"`
	City   string `json:"city,omitempty"`
}

type Person struct {
	Name     string         `json:"name"`
	Age      int            `json:"age,omitempty"`
	Email    string         `json:"-"`
	Tags     []string       `json:"tags"`
	Addr     *Address       `json:"address,omitempty"`
	Meta     map[string]any `json:"meta,omitempty"`
	Score    float64        `json:"score,string"`
	internal int
	Extra    map[string]string `json:",omitempty"`
}

type Status int

const (
	Active Status = iota + 1
	Banned
)

func (s Status) MarshalJSON() ([]byte, error) {
	return json.Marshal(strings.ToLower(s.String()))
}

func (s *Status) UnmarshalJSON(b []byte) error {
	var str string
	if err := json.Unmarshal(b, &str); err != nil {
		return err
	}
	switch str {
	case "active":
		*s = Active
	case "banned":
		*s = Banned
	default:
		return fmt.Errorf("bad status %q", str)
	}
	return nil
}

func (s Status) String() string { return [...]string{"?", "Active", "Banned"}[s] }

type Account struct {
	ID     int    `json:"id"`
	Status Status `json:"status"`
}

func main() {
	p := Person{Name: "Ann", Email: "a@x", Tags: nil, Score: 9.5, internal: 3,
		Meta: map[string]any{"z": 1, "a": []int{1, 2}}}
	b, _ := json.Marshal(p)
	fmt.Println(string(b))
	p.Addr = &Address{Street: "Main 1"}
	p.Age = 30
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	enc.Encode(p)

	var q Person
	err := json.Unmarshal([]byte(`{"name":"Bo","age":7,"tags":["x","y"],"score":"1.25","address":{"street":"S","city":"C"},"meta":{"n":1.5,"b":true}}`), &q)
	fmt.Println(err, q.Name, q.Age, q.Tags, q.Score, *q.Addr, q.Meta["n"], q.Meta["b"])

	accts := []Account{{1, Active}, {2, Banned}}
	b, _ = json.Marshal(accts)
	fmt.Println(string(b))
	var back []Account
	fmt.Println(json.Unmarshal(b, &back), back)
	err = json.Unmarshal([]byte(`{"id":3,"status":"gone"}`), &back)
	fmt.Println("err:", err)
	var generic map[string]any
	json.Unmarshal([]byte(`{"b":[1,"two",null],"a":{"c":false}}`), &generic)
	fmt.Println(generic)
	for k, v := range generic {
		_ = k
		_ = v
	}
	fmt.Printf("%T %T\n", generic["b"], generic["a"])
}

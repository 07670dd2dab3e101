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

type Status int

const (
	Active Status = iota + 1
	Suspended
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
	case "suspended":
		*s = Suspended
	default:
		return fmt.Errorf("unknown status %q", str)
	}
	return nil
}

func (s Status) String() string {
	return [...]string{"Unknown", "Active", "Suspended"}[s]
}

type User struct {
	ID       int            `json:"id"`
	Name     string         `json:"name"`
	Email    string         `json:"email,omitempty"`
	Password string         `json:"-"`
	Tags     []string       `json:"tags"`
	Addr     *Address       `json:"address,omitempty"`
	Status   Status         `json:"status"`
	Meta     map[string]any `json:"meta,omitempty"`
	Scores   map[string]int `json:"scores"`
}

func main() {
	u := User{ID: 7, Name: "Ada", Password: "secret", Tags: []string{"admin", "ops"},
		Addr: &Address{Street: "1 Loop"}, Status: Active,
		Scores: map[string]int{"z": 1, "a": 2}}
	b, err := json.Marshal(u)
	fmt.Println(string(b), err)

	var back User
	err = json.Unmarshal(b, &back)
	fmt.Printf("%+v %v %v\n", back.Addr, back.Status, err)

	in := `{"id": 9, "name": "Bob", "tags": null, "status": "suspended", "meta": {"n": 1.5, "list": [1, "two", true], "obj": {"k": null}}, "extra": 1}`
	var u2 User
	if err := json.Unmarshal([]byte(in), &u2); err != nil {
		fmt.Println("error", err)
	}
	fmt.Println(u2.ID, u2.Name, u2.Tags == nil, u2.Status)
	for _, k := range []string{"n", "list", "obj"} {
		fmt.Printf("%s: %T %v\n", k, u2.Meta[k], u2.Meta[k])
	}

	bad := `{"status": "deleted"}`
	var u3 User
	fmt.Println(json.Unmarshal([]byte(bad), &u3))
	fmt.Println(json.Unmarshal([]byte(`{"id": "x"}`), &u3))

	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	enc.Encode(map[string]any{"b": []int{1, 2}, "a": Address{"Main", "Oslo"}})

	var anyv any
	json.Unmarshal([]byte(`[1, {"x": [true]}]`), &anyv)
	fmt.Printf("%#v\n", anyv)

	dec := json.NewDecoder(strings.NewReader(`{"street":"a"} {"street":"b","city":"c"}`))
	for dec.More() {
		var a Address
		if err := dec.Decode(&a); err != nil {
			break
		}
		fmt.Printf("%+v\n", a)
	}
}

package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

type Address struct {
	City string `json:"city"`
	Zip  string `json:"zip,omitempty"`
}

type Student struct {
	ID       int               `json:"id"`
	Name     string            `json:"name"`
	Email    string            `json:"email,omitempty"`
	Grades   []int             `json:"grades"`
	Address  *Address          `json:"address,omitempty"`
	Active   bool              `json:"active"`
	Notes    map[string]string `json:"notes,omitempty"`
	password string
}

type Roster struct {
	Course   string    `json:"course"`
	Term     string    `json:"term"`
	Students []Student `json:"students"`
}

func (s Student) Average() float64 {
	if len(s.Grades) == 0 {
		return 0
	}
	total := 0
	for _, g := range s.Grades {
		total += g
	}
	return float64(total) / float64(len(s.Grades))
}

const input = `{
  "course": "CS2",
  "term": "Fall",
  "students": [
    {"id": 1, "name": "Ada", "grades": [95, 88, 92], "active": true,
     "address": {"city": "London"}},
    {"id": 2, "name": "Linus", "email": "linus@example.com", "grades": [70, 85],
     "active": false, "notes": {"late": "2 days", "club": "chess"}},
    {"id": 3, "name": "Grace", "grades": [], "active": true, "extra": 42}
  ]
}`

func main() {
	var r Roster
	if err := json.Unmarshal([]byte(input), &r); err != nil {
		fmt.Println("unmarshal error:", err)
		return
	}
	fmt.Printf("%s (%s): %d students\n", r.Course, r.Term, len(r.Students))
	for _, s := range r.Students {
		city := "unknown"
		if s.Address != nil {
			city = s.Address.City
		}
		fmt.Printf("  %d %-6s avg=%6.2f city=%s notes=%v\n", s.ID, s.Name, s.Average(), city, s.Notes)
	}

	r.Students[2].Grades = append(r.Students[2].Grades, 77)
	r.Students[0].password = "secret"
	out, err := json.Marshal(r.Students[0])
	if err != nil {
		panic(err)
	}
	fmt.Println(string(out))

	pretty, _ := json.MarshalIndent(r.Students[1:], "", "  ")
	fmt.Println(string(pretty))

	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", " ")
	enc.Encode(map[string]any{"z": 1, "a": []string{"x"}, "m": nil})

	var generic map[string]interface{}
	json.Unmarshal([]byte(`{"n": 3, "list": [1, "two", true], "obj": {"k": 1.5}}`), &generic)
	for _, k := range []string{"n", "list", "obj"} {
		fmt.Printf("%s: %v (%T)\n", k, generic[k], generic[k])
	}

	var bad Student
	err = json.Unmarshal([]byte(`{"id": "seven"}`), &bad)
	fmt.Println("error:", err)
	err = json.NewDecoder(strings.NewReader(`{"id": 1,}`)).Decode(&bad)
	fmt.Println("error:", err)
}

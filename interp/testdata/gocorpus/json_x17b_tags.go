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

type Employee struct {
	ID      int            `json:"id"`
	Name    string         `json:"name"`
	Email   string         `json:"-"`
	Manager *Employee      `json:"manager,omitempty"`
	Addr    Address        `json:"address"`
	Skills  []string       `json:"skills"`
	Meta    map[string]any `json:"meta,omitempty"`
	Scores  map[string]int `json:"scores"`
	Active  bool           `json:"active,string"`
	private int
}

type Status int

func (s Status) MarshalJSON() ([]byte, error) {
	return json.Marshal(strings.ToLower([]string{"OK", "FAIL"}[s]))
}

func (s *Status) UnmarshalJSON(b []byte) error {
	var str string
	if err := json.Unmarshal(b, &str); err != nil {
		return err
	}
	switch str {
	case "ok":
		*s = 0
	case "fail":
		*s = 1
	default:
		return fmt.Errorf("bad status %q", str)
	}
	return nil
}

func main() {
	boss := &Employee{ID: 1, Name: "Boss", Addr: Address{Street: "Main"}}
	e := Employee{ID: 2, Name: "Ann", Email: "a@x", Manager: boss, Addr: Address{"Elm", "Town"},
		Skills: []string{"go", "sql"}, Scores: map[string]int{"b": 2, "a": 1}, Active: true, private: 9}
	b, err := json.Marshal(e)
	fmt.Println(string(b), err)
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	enc.Encode(boss)
	var back Employee
	err = json.Unmarshal(b, &back)
	fmt.Println(err, back.Name, back.Manager.Name, back.Addr, back.Skills, back.Scores, back.Active)
	var generic map[string]any
	json.Unmarshal([]byte(`{"n": 1.5, "list": [1, "two", null, true], "obj": {"k": "v"}}`), &generic)
	fmt.Println(generic)
	for _, k := range []string{"n", "list", "obj"} {
		fmt.Printf("%s: %T\n", k, generic[k])
	}
	type Report struct {
		Statuses []Status `json:"statuses"`
	}
	rb, _ := json.Marshal(Report{[]Status{0, 1, 0}})
	fmt.Println(string(rb))
	var r Report
	fmt.Println(json.Unmarshal(rb, &r), r.Statuses)
	fmt.Println(json.Unmarshal([]byte(`{"statuses":["meh"]}`), &r))
	var se *json.SyntaxError
	err = json.Unmarshal([]byte(`{"a":`), &generic)
	fmt.Println(err, fmt.Sprintf("%T", err), se == nil)
}

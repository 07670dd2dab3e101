package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

type Address struct {
	City    string `json:"city"`
	Country string `json:"country,omitempty"`
}

type Employee struct {
	Name     string            `json:"name"`
	Age      int               `json:"age"`
	Email    string            `json:"email,omitempty"`
	Salary   float64           `json:"-"`
	Skills   []string          `json:"skills"`
	Address  *Address          `json:"address,omitempty"`
	Meta     map[string]string `json:"meta,omitempty"`
	Manager  bool              `json:"is_manager"`
	internal int
}

type Team struct {
	Name    string     `json:"team"`
	Members []Employee `json:"members"`
}

type Level int

func (l Level) MarshalJSON() ([]byte, error) {
	names := []string{"junior", "mid", "senior"}
	return json.Marshal(names[l])
}

func (l *Level) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	switch s {
	case "junior":
		*l = 0
	case "mid":
		*l = 1
	case "senior":
		*l = 2
	default:
		return fmt.Errorf("unknown level %q", s)
	}
	return nil
}

func main() {
	t := Team{
		Name: "Platform",
		Members: []Employee{
			{Name: "Ann", Age: 34, Skills: []string{"go", "k8s"}, Address: &Address{City: "Oslo", Country: "NO"}, Manager: true, Salary: 1e5},
			{Name: "Bo", Age: 25, Email: "bo@example.com", Meta: map[string]string{"z": "last", "a": "first"}, internal: 3},
		},
	}
	b, err := json.Marshal(t)
	if err != nil {
		panic(err)
	}
	fmt.Println(string(b))

	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(t.Members[0]); err != nil {
		panic(err)
	}

	var back Team
	if err := json.Unmarshal(b, &back); err != nil {
		panic(err)
	}
	fmt.Printf("%+v\n", back.Members[1])
	fmt.Println(back.Members[0].Address.City, back.Members[0].Salary)

	input := `{"name":"Cy","age":"forty"}`
	var e Employee
	err = json.Unmarshal([]byte(input), &e)
	fmt.Println("error:", err)
	var ute *json.UnmarshalTypeError
	if ok := asType(err, &ute); ok {
		fmt.Println("field:", ute.Field, "value:", ute.Value)
	}

	levels := map[string]Level{"ann": 2, "bo": 0}
	lb, _ := json.Marshal(levels)
	fmt.Println(string(lb))
	var lv []Level
	err = json.Unmarshal([]byte(`["mid","senior","guru"]`), &lv)
	fmt.Println(lv, err)

	var generic map[string]any
	dec := json.NewDecoder(strings.NewReader(`{"n": 1.5, "list": [1, "two", null, true], "obj": {"k": "v"}}`))
	if err := dec.Decode(&generic); err != nil {
		panic(err)
	}
	for _, k := range []string{"n", "list", "obj"} {
		fmt.Printf("%s: %v (%T)\n", k, generic[k], generic[k])
	}
}

func asType(err error, target **json.UnmarshalTypeError) bool {
	if e, ok := err.(*json.UnmarshalTypeError); ok {
		*target = e
		return true
	}
	return false
}

package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

type Money int64

func (m Money) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf("\"%d.%02d\"", m/100, m%100)), nil
}

func (m *Money) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("money: %w", err)
	}
	var whole, cents int64
	if _, err := fmt.Sscanf(s, "%d.%d", &whole, &cents); err != nil {
		return fmt.Errorf("money %q: %v", s, err)
	}
	*m = Money(whole*100 + cents)
	return nil
}

type Role int

const (
	Engineer Role = iota
	Designer
	Lead
)

var roleNames = []string{"engineer", "designer", "lead"}

func (r Role) MarshalText() ([]byte, error) { return []byte(roleNames[r]), nil }

func (r *Role) UnmarshalText(b []byte) error {
	for i, n := range roleNames {
		if n == string(b) {
			*r = Role(i)
			return nil
		}
	}
	return fmt.Errorf("unknown role %q", b)
}

type Person struct {
	First string `json:"first_name"`
	Last  string `json:"last_name"`
}

type Employee struct {
	Person
	ID       int               `json:"id"`
	Role     Role              `json:"role"`
	Salary   Money             `json:"salary"`
	Hired    time.Time         `json:"hired"`
	Manager  *Employee         `json:"manager,omitempty"`
	Skills   map[string]int    `json:"skills"`
	Meta     map[string]any    `json:"meta,omitempty"`
	Contacts []json.RawMessage `json:"contacts,omitempty"`
}

func main() {
	boss := &Employee{Person: Person{"Grace", "Hopper"}, ID: 1, Role: Lead, Salary: 1500000,
		Hired: time.Date(2010, 5, 1, 9, 0, 0, 0, time.UTC)}
	e := Employee{
		Person:  Person{"Linus", "T"},
		ID:      42,
		Role:    Engineer,
		Salary:  987654,
		Hired:   time.Date(2021, 11, 15, 0, 0, 0, 0, time.UTC),
		Manager: boss,
		Skills:  map[string]int{"go": 5, "c": 4, "sql": 3},
		Meta:    map[string]any{"remote": true, "floor": 3},
	}
	out, err := json.MarshalIndent(e, "", "  ")
	if err != nil {
		fmt.Println("marshal:", err)
		return
	}
	fmt.Println(string(out))

	input := `[
	 {"first_name":"Ada","last_name":"L","id":7,"role":"designer","salary":"72000.50","hired":"2019-02-03T00:00:00Z","skills":{"figma":5},"contacts":[{"type":"email"},"555-0100"]},
	 {"first_name":"Bad","id":8,"role":"janitor","salary":"1.00","hired":"2020-01-01T00:00:00Z"}
	]`
	var staff []Employee
	err = json.Unmarshal([]byte(input), &staff)
	fmt.Println("decode error:", err)
	for _, s := range staff {
		fmt.Printf("%s %s id=%d role=%v salary=%d hired=%s skills=%v contacts=%d\n",
			s.First, s.Last, s.ID, s.Role, s.Salary, s.Hired.Format("2006-01-02"), s.Skills, len(s.Contacts))
		for _, c := range s.Contacts {
			fmt.Println("  raw:", string(c))
		}
	}
	dec := json.NewDecoder(strings.NewReader(`{"id": 3, "unknown": 1}`))
	dec.DisallowUnknownFields()
	var x Employee
	fmt.Println("strict:", dec.Decode(&x))
	var generic map[string]any
	json.Unmarshal(out, &generic)
	fmt.Printf("%T %v %T\n", generic["id"], generic["salary"], generic["skills"])
}

package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

type Role int

func (r *Role) UnmarshalText(b []byte) error {
	switch string(b) {
	case "admin":
		*r = 1
	case "user":
		*r = 2
	default:
		return fmt.Errorf("unknown role %q", b)
	}
	return nil
}

type Cents int

func (c *Cents) UnmarshalJSON(b []byte) error {
	s := strings.Trim(string(b), `"`)
	if !strings.HasPrefix(s, "$") {
		return errors.New("price needs a $")
	}
	var d, f int
	fmt.Sscanf(s, "$%d.%d", &d, &f)
	*c = Cents(d*100 + f)
	return nil
}

type Employee struct {
	ID     int
	Role   Role
	Salary Cents
	Tags   []string
}

func main() {
	inputs := []string{
		`{"ID":1,"Role":"admin","Salary":"$10.50","Tags":["a"]}`,
		`{"ID":2,"Role":"boss","Salary":"$99.00","Tags":["b"]}`,
		`{"ID":3,"Role":"user","Salary":"12","Tags":["c"]}`,
		`{"ID":"four","Role":"user","Salary":"$1.00"}`,
	}
	for _, in := range inputs {
		var e Employee
		err := json.Unmarshal([]byte(in), &e)
		fmt.Printf("%+v err=%v\n", e, err)
	}
	var staff []Employee
	err := json.Unmarshal([]byte(`[{"ID":5,"Role":"user"},{"ID":6,"Role":"x"},{"ID":7}]`), &staff)
	fmt.Println(len(staff), staff, err)
	var byRole map[string]Role
	err = json.Unmarshal([]byte(`{"a":"admin","b":"nope","c":"user"}`), &byRole)
	fmt.Println(len(byRole) <= 2, byRole["a"], byRole["c"], err)
}

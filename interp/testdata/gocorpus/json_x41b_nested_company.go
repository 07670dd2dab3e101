package main

import (
	"encoding/json"
	"fmt"
	"os"
)

type Address struct {
	Street string `json:"street"`
	City   string `json:"city"`
	Zip    string `json:"zip,omitempty"`
}

type Employee struct {
	ID       int               `json:"id"`
	Name     string            `json:"name"`
	Email    string            `json:"email,omitempty"`
	Manager  *Employee         `json:"manager,omitempty"`
	Skills   []string          `json:"skills"`
	Address  Address           `json:"address"`
	Meta     map[string]any    `json:"meta,omitempty"`
	Salary   float64           `json:"-"`
	Projects map[string]string `json:"projects,omitempty"`
}

type Department struct {
	Name      string     `json:"name"`
	Employees []Employee `json:"employees"`
	Budget    *float64   `json:"budget"`
}

type Company struct {
	Name        string       `json:"companyName"`
	Founded     int          `json:"founded"`
	Departments []Department `json:"departments"`
	Active      bool         `json:"active"`
}

func main() {
	boss := &Employee{ID: 1, Name: "Grace", Skills: []string{"leadership"}, Address: Address{"1 Main St", "Springfield", "12345"}}
	budget := 125000.5
	c := Company{
		Name:    "Acme",
		Founded: 1999,
		Active:  true,
		Departments: []Department{
			{Name: "R&D", Budget: &budget, Employees: []Employee{
				*boss,
				{ID: 2, Name: "Linus", Email: "l@acme.io", Manager: boss, Skills: nil,
					Address: Address{Street: "2 Elm", City: "Shelbyville"},
					Meta:    map[string]any{"remote": true, "level": 3, "tags": []string{"a", "b"}},
					Salary:  99, Projects: map[string]string{"z": "zeta", "a": "alpha"}},
			}},
			{Name: "Sales"},
		},
	}
	b, err := json.Marshal(c)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println(string(b))

	var back Company
	if err := json.Unmarshal(b, &back); err != nil {
		fmt.Println("error:", err)
		return
	}
	e := back.Departments[0].Employees[1]
	fmt.Printf("%s manager=%s meta=%v level=%T\n", e.Name, e.Manager.Name, e.Meta, e.Meta["level"])
	fmt.Println(*back.Departments[0].Budget, back.Departments[1].Budget == nil, back.Departments[1].Employees == nil)

	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	_ = enc.Encode(back.Departments[0].Employees[0])

	var generic map[string]any
	_ = json.Unmarshal(b, &generic)
	depts := generic["departments"].([]any)
	first := depts[0].(map[string]any)
	fmt.Println(len(depts), first["name"], first["budget"])
	fmt.Println(generic["founded"], generic["active"])

	out, _ := json.MarshalIndent(map[string]any{"count": len(depts), "names": []string{"R&D", "Sales"}}, ">", "\t")
	fmt.Println(string(out))
}

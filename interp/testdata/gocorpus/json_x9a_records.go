// Exercises: encoding/json marshal and unmarshal of structs with tags, omitempty, nested slices, MarshalIndent
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
	Name    string   `json:"name"`
	Age     int      `json:"age"`
	Emails  []string `json:"emails,omitempty"`
	Home    *Address `json:"home,omitempty"`
	private int
}

func main() {
	people := []Person{
		{Name: "Ada", Age: 36, Emails: []string{"ada@example.org"}, Home: &Address{City: "London"}},
		{Name: "Alan", Age: 41, private: 7},
	}
	b, err := json.Marshal(people)
	fmt.Println(string(b), err)
	ind, _ := json.MarshalIndent(people[0], "", "  ")
	fmt.Println(string(ind))
	var back []Person
	if err := json.Unmarshal(b, &back); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Printf("%+v %v\n", back[1], back[0].Home.City)
	var generic []map[string]any
	json.Unmarshal(b, &generic)
	fmt.Println(generic[0]["age"], generic[1]["emails"] == nil, len(generic[0]))
	err = json.Unmarshal([]byte(`{"name": 5}`), &back[0])
	fmt.Println(err)
}

// Exercises: encoding/json with embedded structs (promoted fields), embedded pointer, field name conflicts, anonymous struct fields, Unmarshal back into the embedded type.
package main

import (
	"encoding/json"
	"fmt"
)

type Base struct {
	ID      int    `json:"id"`
	Created string `json:"created"`
}

type Audit struct {
	By string `json:"by"`
}

type User struct {
	Base
	*Audit
	Name  string `json:"name"`
	Extra struct {
		Admin bool `json:"admin"`
	} `json:"extra"`
}

func main() {
	u := User{Base: Base{ID: 7, Created: "2024-01-02"}, Audit: &Audit{By: "root"}, Name: "ann"}
	u.Extra.Admin = true
	b, err := json.Marshal(u)
	fmt.Println(string(b), err)

	var back User
	err = json.Unmarshal([]byte(`{"id":9,"name":"bo","by":"ops","extra":{"admin":false}}`), &back)
	fmt.Println(err, back.ID, back.Name, back.Audit != nil && back.By == "ops", back.Extra.Admin)

	noAudit := User{Name: "cy"}
	b, _ = json.Marshal(noAudit)
	fmt.Println(string(b))
}

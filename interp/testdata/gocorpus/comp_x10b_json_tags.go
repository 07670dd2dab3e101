// Exercises: encoding/json Marshal with tags, omitempty, "-" fields, an embedded struct flattened, MarshalIndent, Unmarshal into a slice of structs
package main

import (
	"encoding/json"
	"fmt"
)

type Meta struct {
	Created string `json:"created"`
	Version int    `json:"version,omitempty"`
}

type Movie struct {
	Title  string
	Year   int  `json:"released"`
	Color  bool `json:"color,omitempty"`
	Actors []string
	secret string
	Skip   int `json:"-"`
	Meta
}

func main() {
	movies := []Movie{
		{Title: "Casablanca", Year: 1942, Actors: []string{"Humphrey Bogart", "Ingrid Bergman"}, secret: "x", Skip: 1, Meta: Meta{"1942-01-01", 0}},
		{Title: "Cool Hand Luke", Year: 1967, Color: true, Actors: []string{"Paul Newman"}, Meta: Meta{Created: "x", Version: 2}},
	}
	data, err := json.Marshal(movies)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Printf("%s\n", data)
	pretty, _ := json.MarshalIndent(movies[1], "", "  ")
	fmt.Println(string(pretty))
	var titles []struct {
		Title string
		Year  int `json:"released"`
	}
	if err := json.Unmarshal(data, &titles); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println(titles)
	var back []Movie
	err = json.Unmarshal(data, &back)
	fmt.Println(err, back[0].Created, back[1].Version, back[0].secret == "", back[0].Skip)
	var generic []map[string]any
	json.Unmarshal(data, &generic)
	fmt.Println(generic[0]["released"], generic[1]["version"], len(generic[0]))
}

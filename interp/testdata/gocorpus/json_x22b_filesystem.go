package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

const session = `$ cd /
$ ls
dir a
14848514 b.txt
8504156 c.dat
dir d
$ cd a
$ ls
dir e
29116 f
2557 g
62596 h.lst
$ cd e
$ ls
584 i
$ cd ..
$ cd ..
$ cd d
$ ls
4060174 j
8033020 d.log
5626152 d.ext
7214296 k`

type Dir struct {
	Name  string          `json:"name"`
	Files map[string]int  `json:"files,omitempty"`
	Dirs  map[string]*Dir `json:"dirs,omitempty"`
	Size  int             `json:"size"`
	up    *Dir
}

func newDir(name string, up *Dir) *Dir {
	return &Dir{Name: name, Files: map[string]int{}, Dirs: map[string]*Dir{}, up: up}
}

func (d *Dir) total() int {
	s := 0
	for _, f := range d.Files {
		s += f
	}
	for _, c := range d.Dirs {
		s += c.total()
	}
	d.Size = s
	return s
}

func (d *Dir) walk(f func(*Dir)) {
	f(d)
	names := make([]string, 0, len(d.Dirs))
	for n := range d.Dirs {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		d.Dirs[n].walk(f)
	}
}

func main() {
	root := newDir("/", nil)
	cwd := root
	for _, line := range strings.Split(session, "\n") {
		f := strings.Fields(line)
		switch {
		case f[0] == "$" && f[1] == "cd":
			switch f[2] {
			case "/":
				cwd = root
			case "..":
				cwd = cwd.up
			default:
				cwd = cwd.Dirs[f[2]]
			}
		case f[0] == "$":
		case f[0] == "dir":
			cwd.Dirs[f[1]] = newDir(f[1], cwd)
		default:
			var n int
			fmt.Sscan(f[0], &n)
			cwd.Files[f[1]] = n
		}
	}
	used := root.total()
	small := 0
	need := 30000000 - (70000000 - used)
	best := used
	root.walk(func(d *Dir) {
		if d.Size <= 100000 {
			small += d.Size
		}
		if d.Size >= need && d.Size < best {
			best = d.Size
		}
	})
	fmt.Println(small, best)
	out, err := json.MarshalIndent(root.Dirs["a"], "", " ")
	fmt.Println(string(out), err)
	var back Dir
	if err := json.Unmarshal(out, &back); err != nil {
		panic(err)
	}
	fmt.Println(back.Name, back.Size, back.Dirs["e"].Files, back.up == nil, len(back.Dirs["e"].Dirs))
}

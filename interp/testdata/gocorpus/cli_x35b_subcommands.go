package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Command struct {
	Name    string
	Usage   string
	MinArgs int
	Run     func(env *Env, args []string) error
}

type Env struct {
	todos []string
	done  map[int]bool
	out   strings.Builder
}

var ErrUsage = errors.New("usage")

func main() {
	commands := map[string]*Command{}
	register := func(c *Command) { commands[c.Name] = c }

	register(&Command{Name: "add", Usage: "add <text...>", MinArgs: 1, Run: func(env *Env, args []string) error {
		env.todos = append(env.todos, strings.Join(args, " "))
		fmt.Fprintf(&env.out, "added #%d\n", len(env.todos))
		return nil
	}})
	register(&Command{Name: "done", Usage: "done <id>", MinArgs: 1, Run: func(env *Env, args []string) error {
		id, err := strconv.Atoi(args[0])
		if err != nil {
			return fmt.Errorf("%w: id must be a number: %v", ErrUsage, err)
		}
		if id < 1 || id > len(env.todos) {
			return fmt.Errorf("no todo #%d", id)
		}
		env.done[id] = true
		return nil
	}})
	register(&Command{Name: "list", Usage: "list [--all]", Run: func(env *Env, args []string) error {
		all := len(args) > 0 && args[0] == "--all"
		for i, t := range env.todos {
			mark := " "
			if env.done[i+1] {
				if !all {
					continue
				}
				mark = "x"
			}
			fmt.Fprintf(&env.out, "[%s] %d. %s\n", mark, i+1, t)
		}
		return nil
	}})
	register(&Command{Name: "help", Usage: "help", Run: func(env *Env, _ []string) error {
		names := make([]string, 0, len(commands))
		for n := range commands {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			fmt.Fprintf(&env.out, "  %-6s %s\n", n, commands[n].Usage)
		}
		return nil
	}})

	env := &Env{done: map[int]bool{}}
	script := []string{
		"add buy milk",
		"add write   the report",
		"add call mom",
		"done 2",
		"list",
		"done two",
		"done 9",
		"frobnicate now",
		"add",
		"list --all",
		"help",
	}
	for _, line := range script {
		args := strings.Fields(line)
		name, rest := args[0], args[1:]
		fmt.Printf("$ %s\n", line)
		cmd, ok := commands[name]
		var err error
		switch {
		case !ok:
			err = fmt.Errorf("unknown command %q", name)
		case len(rest) < cmd.MinArgs:
			err = fmt.Errorf("%w: %s", ErrUsage, cmd.Usage)
		default:
			err = cmd.Run(env, rest)
		}
		fmt.Print(env.out.String())
		env.out.Reset()
		if err != nil {
			fmt.Printf("error: %v (usage error: %t)\n", err, errors.Is(err, ErrUsage))
		}
	}
}

import { describe, expect, it } from "vitest";
import { readIdAndTags } from "./comments";

describe("readIdAndTags (Moodle's extract_idnumber_and_tags_from_comment cases, in our words)", () => {
  it.each<[string, string, string[]]>([
    ["", "", []],
    ["// Cold War deterrence, part one.", "", []],
    ["[id:mad]", "mad", []],
    ["[tag:nuclear] [tag:deterrence]", "", ["nuclear", "deterrence"]],
    ["[tag:arms] [tag:control] [id:seven]", "seven", ["arms", "control"]],
    ["[tag:  arms] odd [id:   seven   ] con[tag:trol   ]text", "seven", ["arms", "trol"]],
    ["[tag:\nnuclear]", "", []],
    ["[id:s\\]alt]", "s]alt", []],
    ["[tag:s\\]alt]", "", ["s]alt"]],
    ["[tag:]", "", [""]],
    ["[id:]", "", []],
    ["[tag:a<b] [tag:ok]", "", ["ok"]],
    ["[id:a<b]", "a<b", []],
    ["[id:first] [id:second]", "first", []],
    ["[tag:end\\]\n", "", ["end\\"]],
    ["[tag:a\\] [tag:b]", "", ["a] [tag:b"]],
  ])("reads %j as id %j and tags %j", (comment, idNumber, tags) => {
    expect(readIdAndTags(comment)).toEqual({ idNumber, tags });
  });
});

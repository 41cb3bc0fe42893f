// The facts about the Act as the site holds it, from content/act/instrument.yaml in the shape every
// instrument's facts have (schemas/statute.ts), read and validated once through the content reader.
import { statuteInstrument, type StatuteInstrumentData } from "../../schemas/statute";
import { dataEntry } from "../content/disk";

export const actFactsFile = "content/act/instrument.yaml";

export const actFacts = (): StatuteInstrumentData => dataEntry("act/instrument.yaml", statuteInstrument);
